package org.wbcigateway.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.wire.v2.complex.CarrierType;
import org.wbcigateway.wire.v2.complex.SignaturIdType;
import org.wbcigateway.wire.v2.envelope.AnnehmenAnfrageRequest;
import org.wbcigateway.wire.v2.envelope.AnnehmenAnfrageResponse;
import org.wbcigateway.wire.v2.envelope.AnnehmenMeldungRequest;
import org.wbcigateway.wire.v2.envelope.ControlType;
import org.wbcigateway.wire.v2.message.MeldungsPositionTEQType;
import org.wbcigateway.wire.v2.message.QuittungType;
import org.wbcigateway.wire.v2.message.RueckmeldungVorabstimmungType;
import org.wbcigateway.wire.v2.request.KuendigungMitRNPGeschaeftsfallType;
import org.wbcigateway.wire.v2.request.TerminverschiebungType;

class WireWriterTest {

    private static final WireReader READER = new WireReader();
    private static final WireWriter WRITER = new WireWriter();

    static String[] samples() {
        return TestData.SAMPLES;
    }

    static String[] fixtures() {
        return TestData.FIXTURES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void samplesSurviveWriteAndRead(String sample) {
        byte[] written = WRITER.write(READER.read(TestData.sample(sample)));

        assertThat(WRITER.write(READER.read(written))).isEqualTo(written);
        assertThat(WRITER.write(READER.read(WRITER.writeSoap(READER.read(written)))))
                .isEqualTo(written);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixturesSurviveWriteAndRead(String fixture) {
        byte[] written = WRITER.write(READER.read(TestData.utf8(TestData.fixture(fixture))));

        assertThat(WRITER.write(READER.read(written))).isEqualTo(written);
    }

    @Test
    void mrnSampleKeepsItsValues() {
        byte[] written = WRITER.write(READER.read(TestData.sample("va-kue-mrn.xml")));

        var request = READER.read(written, AnnehmenAnfrageRequest.class);
        var va = (KuendigungMitRNPGeschaeftsfallType) request.getAnfrage();
        assertThat(va.getVorabstimmungsId()).isEqualTo("DEU.MNET.V000000004");
        assertThat(va.getKundenwunschtermin()).isEqualTo(LocalDate.of(2013, 10, 1));
        assertThat(va.getEndkunde().getFirma().getFirmennameZweiterTeil()).isEqualTo(" K.d.ö.R.");
        assertThat(va.getRufnummernPortierung()
                        .getAnlagenanschluss()
                        .getZuPortierenderRufnummernblock()
                        .get(0)
                        .getRnrBlockBis())
                .isEqualTo("49");
        assertThat(new String(written, StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<ort>München</ort>", "<zeitstempel>2013-07-24T16:03:13.137+02:00</zeitstempel>");
    }

    @Test
    void everyPositionGetsItsXsiType() {
        var ruemVa = READER.read(
                TestData.fixtureWith("ruem-va.xml", " xsi:type=\"msg:MeldungsPositionRUEMVAType\"", ""),
                AnnehmenMeldungRequest.class);
        assertThat(((RueckmeldungVorabstimmungType) ruemVa.getMeldung()).getPosition())
                .hasSize(2);

        String written = new String(WRITER.write(ruemVa), StandardCharsets.UTF_8);

        assertThat(written.split(":MeldungsPositionRUEMVAType\"", -1)).hasSize(3);
    }

    @Test
    void teqBuiltFromScratch() {
        MeldungsPositionTEQType position = new MeldungsPositionTEQType();
        position.setMeldungscode(TeqCode.OK.code());
        position.setMeldungstext(TeqCode.OK.standardText());
        CarrierType absender = new CarrierType();
        absender.setCarrierCode("DEU.EKPABG");
        QuittungType quittung = new QuittungType();
        quittung.setAbsender(absender);
        quittung.setVorabstimmungsIdRef("DEU.EKPAUF.V000000101");
        quittung.setPosition(position);
        AnnehmenAnfrageResponse response = new AnnehmenAnfrageResponse();
        response.setControl(control());
        response.setQuittung(quittung);

        String soap = new String(WRITER.writeSoap(response), StandardCharsets.UTF_8);

        assertThat(soap)
                .contains(
                        "<SOAP-ENV:Envelope",
                        "<SOAP-ENV:Body>",
                        ":MeldungsPositionTEQType\"",
                        "<zeitstempel>2026-11-25T09:00:00+01:00</zeitstempel>");
        var read = READER.read(soap.getBytes(StandardCharsets.UTF_8), AnnehmenAnfrageResponse.class);
        assertThat(read.getQuittung().getPosition().getMeldungscode()).isEqualTo("OK");
    }

    @Test
    void invalidOutputIsNeverWritten() {
        var request = READER.read(TestData.utf8(TestData.fixture("tv.xml")), AnnehmenAnfrageRequest.class);
        ((TerminverschiebungType) request.getAnfrage()).setAenderungsId("DEU.EKPAUF.X000000007");

        WireException e = catchThrowableOfType(WireException.class, () -> WRITER.write(request));

        assertThat(e.kind()).isEqualTo(WireException.Kind.INVALID_OUTPUT);
        assertThat(e.detail()).contains("DEU.EKPAUF.X000000007");
    }

    @Test
    void missingMandatoryElementIsInvalidOutput() {
        AnnehmenAnfrageResponse empty = new AnnehmenAnfrageResponse();

        WireException e = catchThrowableOfType(WireException.class, () -> WRITER.write(empty));

        assertThat(e.kind()).isEqualTo(WireException.Kind.INVALID_OUTPUT);
    }

    private static ControlType control() {
        SignaturIdType signaturId = new SignaturIdType();
        signaturId.setIssuer("CN=EKPABG Test");
        signaturId.setSerial("0a1b");
        ControlType control = new ControlType();
        control.setZeitstempel(OffsetDateTime.parse("2026-11-25T09:00:00+01:00"));
        control.setMajorRelease(WireContract.MAJOR_RELEASE);
        control.setMinorRelease(WireContract.MINOR_RELEASE);
        control.setSignaturId(signaturId);
        return control;
    }
}
