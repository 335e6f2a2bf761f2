package org.wbcigateway.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.wire.v2.complex.RufnummernPortierungRRNPType;
import org.wbcigateway.wire.v2.complex.RufnummernblockType;
import org.wbcigateway.wire.v2.enumeration.AnredeFirmaType;
import org.wbcigateway.wire.v2.enumeration.PortierungszeitfensterType;
import org.wbcigateway.wire.v2.envelope.AnnehmenAnfrageRequest;
import org.wbcigateway.wire.v2.envelope.AnnehmenAnfrageResponse;
import org.wbcigateway.wire.v2.request.KuendigungMitRNPGeschaeftsfallType;
import org.wbcigateway.wire.v2.request.KuendigungOhneRNPGeschaeftsfallType;
import org.wbcigateway.wire.v2.request.ReineRufnummernportierungGeschaeftsfallType;

/** The four real 2013 messages, read as they are (whole signed SOAP envelopes). */
class InteropSamplesTest {

    private final WireReader reader = new WireReader();

    @Test
    void vaKueMrn() {
        AnnehmenAnfrageRequest request = reader.read(TestData.sample("va-kue-mrn.xml"), AnnehmenAnfrageRequest.class);

        assertThat(request.getControl().getZeitstempel())
                .isEqualTo(OffsetDateTime.parse("2013-07-24T16:03:13.137+02:00"));
        assertThat(request.getControl().getSignaturId().getSerial()).isEqualTo("fc21b78feb81ebf3");
        var va = (KuendigungMitRNPGeschaeftsfallType) request.getAnfrage();
        assertThat(va.getAbsender().getCarrierCode()).isEqualTo("DEU.MNET");
        assertThat(va.getEndkundenvertragspartner().getEKPabg().getCarrierCode())
                .isEqualTo("DEU.DTAG");
        assertThat(va.getVorabstimmungsId()).isEqualTo("DEU.MNET.V000000004");
        assertThat(va.getKundenwunschtermin()).isEqualTo(LocalDate.of(2013, 10, 1));
        assertThat(va.getEndkunde().getFirma().getAnrede()).isEqualTo(AnredeFirmaType.FIRMA);
        assertThat(va.getEndkunde().getFirma().getFirmennameZweiterTeil()).isEqualTo(" K.d.ö.R.");
        assertThat(va.getStandort().getOrt()).isEqualTo("München");
        var anlage = va.getRufnummernPortierung().getAnlagenanschluss();
        assertThat(anlage.getOnkzDurchwahlAbfragestelle().getONKZ()).isEqualTo("89");
        assertThat(anlage.getOnkzDurchwahlAbfragestelle().getDurchwahlnummer()).isEqualTo("547084");
        RufnummernblockType block = anlage.getZuPortierenderRufnummernblock().get(0);
        assertThat(block.getRnrBlockVon()).isEqualTo("00");
        assertThat(block.getRnrBlockBis()).isEqualTo("49");
        assertThat(va.getRufnummernPortierung().getPortierungszeitfenster()).isEqualTo(PortierungszeitfensterType.ZF1);
    }

    @Test
    void vaKueOrn() {
        var request = reader.read(TestData.sample("va-kue-orn.xml"), AnnehmenAnfrageRequest.class);

        var va = (KuendigungOhneRNPGeschaeftsfallType) request.getAnfrage();
        assertThat(va.getVorabstimmungsId()).isEqualTo("DEU.MNET.V000000005");
        assertThat(va.getKundenwunschtermin()).isEqualTo(LocalDate.of(2013, 10, 1));
        assertThat(va.getStandort().getStrasse().getStrassenname()).isEqualTo("Landshuter Allee");
        assertThat(va.getStandort().getPostleitzahl()).isEqualTo("80637");
        assertThat(va.getAnschlussidentifikation()).isNull();
    }

    @Test
    void vaRrnp() {
        var request = reader.read(TestData.sample("va-rrnp.xml"), AnnehmenAnfrageRequest.class);

        var va = (ReineRufnummernportierungGeschaeftsfallType) request.getAnfrage();
        assertThat(va.getVorabstimmungsId()).isEqualTo("DEU.MNET.V000000006");
        RufnummernPortierungRRNPType portierung = va.getRufnummernPortierung();
        assertThat(portierung.getPortierungskennungPKIauf()).isEqualTo("D052");
        assertThat(portierung.getAnlagenanschluss().getZuPortierenderRufnummernblock())
                .extracting(RufnummernblockType::getRnrBlockVon, RufnummernblockType::getRnrBlockBis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("00", "49"));
    }

    @Test
    void teqWithSchemaLocationAndLocalTimestamp() {
        var response = reader.read(TestData.sample("teq.xml"), AnnehmenAnfrageResponse.class);

        var quittung = response.getQuittung();
        assertThat(TeqCode.fromCode(quittung.getPosition().getMeldungscode())).isEqualTo(TeqCode.OK);
        assertThat(quittung.getPosition().getMeldungstext()).isEqualTo("OK");
        assertThat(quittung.getVorabstimmungsIdRef()).isEqualTo("DEU.MNET.V000000002");
        assertThat(quittung.getAbsender().getCarrierCode()).isEqualTo("DEU.MNET");
        // no offset on the wire: German local time, summer time in July
        assertThat(response.getControl().getZeitstempel()).isEqualTo(OffsetDateTime.parse("2013-07-24T14:17:09+02:00"));
    }
}
