package org.wbcigateway.wire.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Anrede;
import org.wbcigateway.domain.message.Control;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Firma;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Portierungszeitfenster;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.message.Rufnummernblock;
import org.wbcigateway.domain.message.Standort;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.rule.ContentRules;
import org.wbcigateway.wire.WbciCodec;

/** The four real WBCI v2.00 messages of 2013 map to domain objects with the right values. */
class InteropSamplesMappingTest {

    private static final Endkundenvertragspartner MNET_TO_DTAG =
            new Endkundenvertragspartner(CarrierCode.of("DEU.MNET"), CarrierCode.of("DEU.DTAG"));
    private static final Firma BEZIRKSJUGENDRING = new Firma(Anrede.FIRMA, "Bezirksjugendring Oberbayern", " K.d.ö.R.");
    private static final Standort LANDSHUTER_ALLEE = new Standort("Landshuter Allee", "11", null, "80637", "München");
    private static final Anlagenanschluss ANLAGE =
            new Anlagenanschluss("89", "547084", "0", List.of(new Rufnummernblock("00", "49")));
    private static final LocalDate KWT = LocalDate.of(2013, 10, 1);

    private final WbciCodec codec = new WbciCodec();
    private final ContentRules rules = new ContentRules();

    @Test
    void vaKueMrn() {
        Envelope<WbciMessage> envelope = codec.readMessage(sample("va-kue-mrn.xml"));
        assertThat(envelope.control())
                .isEqualTo(new Control(
                        OffsetDateTime.of(2013, 7, 24, 16, 3, 13, 137_000_000, ZoneOffset.ofHours(2)),
                        "02",
                        "00",
                        new Control.SignaturId(
                                "EMAILADDRESS=wita@m-net.de, CN=wita.m-net.de, OU=IT, "
                                        + "O=M-net Telekommunikations GmbH, L=Munich, ST=Bavaria, C=DE",
                                "fc21b78feb81ebf3")));
        assertThat(envelope.payload())
                .isEqualTo(new Vorabstimmungsanfrage(
                        Geschaeftsfall.VA_KUE_MRN,
                        CarrierCode.of("DEU.MNET"),
                        MNET_TO_DTAG,
                        VorabstimmungsId.of("DEU.MNET.V000000004"),
                        KWT,
                        BEZIRKSJUGENDRING,
                        List.of(),
                        null,
                        LANDSHUTER_ALLEE,
                        null,
                        new RufnummernPortierung(ANLAGE, Portierungszeitfenster.ZF1, null)));
        assertThat(rules.check(envelope.payload())).isEmpty();
    }

    @Test
    void vaKueOrn() {
        WbciMessage va = codec.readMessage(sample("va-kue-orn.xml")).payload();
        assertThat(va)
                .isEqualTo(new Vorabstimmungsanfrage(
                        Geschaeftsfall.VA_KUE_ORN,
                        CarrierCode.of("DEU.MNET"),
                        MNET_TO_DTAG,
                        VorabstimmungsId.of("DEU.MNET.V000000005"),
                        KWT,
                        BEZIRKSJUGENDRING,
                        List.of(),
                        null,
                        LANDSHUTER_ALLEE,
                        null,
                        null));
        assertThat(rules.check(va)).isEmpty();
    }

    @Test
    void vaRrnp() {
        WbciMessage va = codec.readMessage(sample("va-rrnp.xml")).payload();
        assertThat(va)
                .isEqualTo(new Vorabstimmungsanfrage(
                        Geschaeftsfall.VA_RRNP,
                        CarrierCode.of("DEU.MNET"),
                        MNET_TO_DTAG,
                        VorabstimmungsId.of("DEU.MNET.V000000006"),
                        KWT,
                        BEZIRKSJUGENDRING,
                        List.of(),
                        null,
                        null,
                        null,
                        new RufnummernPortierung(ANLAGE, Portierungszeitfenster.ZF1, Portierungskennung.of("D052"))));
        assertThat(rules.check(va)).isEmpty();
    }

    @Test
    void teq() {
        Envelope<Quittung> teq = codec.readQuittung(sample("teq.xml"));
        // the sample's zeitstempel has no offset: read as German local time (CEST in July)
        assertThat(teq.control().zeitstempel())
                .isEqualTo(OffsetDateTime.of(2013, 7, 24, 14, 17, 9, 0, ZoneOffset.ofHours(2)));
        assertThat(teq.control().signaturId()).isEqualTo(new Control.SignaturId("CN=flexagon", "4b28c45e"));
        assertThat(teq.payload())
                .isEqualTo(new Quittung(
                        CarrierCode.of("DEU.MNET"), VorabstimmungsId.of("DEU.MNET.V000000002"), TeqCode.OK, "OK"));
    }

    static byte[] sample(String name) {
        String dir = System.getProperty("shared.dir", "../../shared");
        try {
            return Files.readAllBytes(Path.of(dir, "interop-samples", name));
        } catch (IOException e) {
            throw new IllegalStateException("interop sample " + name + " not found under " + dir, e);
        }
    }
}
