package org.wbcigateway.wire.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.message.Anrede;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Firma;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.Portierungszeitfenster;
import org.wbcigateway.domain.message.ProjektId;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.message.StornoArt;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.WireReader;

/** For each of the 13 message kinds and the TEQ: domain → XML → schema-valid → an equal domain object. */
class RoundTripTest {

    private final WbciCodec codec = new WbciCodec();
    private final WireReader reader = new WireReader();

    static Stream<WbciMessage> messages() {
        Stream<WbciMessage> perCase = Stream.of(
                        Geschaeftsfall.VA_KUE_MRN, Geschaeftsfall.VA_KUE_ORN, Geschaeftsfall.VA_RRNP)
                .flatMap(gf -> Stream.of(
                        KftMessages.va(gf), KftMessages.ruemVa(gf), KftMessages.abbmToVa(gf, Meldungscode.KNI)));
        Stream<WbciMessage> stornos = Stream.of(StornoArt.values())
                .flatMap(art -> Stream.of(
                        KftMessages.storno(art), KftMessages.erlmToStorno(art), KftMessages.abbmToStorno(art)));
        return Stream.of(
                        perCase,
                        stornos,
                        Stream.of(
                                KftMessages.tv(),
                                KftMessages.erlmToTv(),
                                KftMessages.abbmToTv(),
                                KftMessages.abbmRng(),
                                KftMessages.ruemVaWithAdaOrt("Starnberg"),
                                KftMessages.akmTr(Geschaeftsfall.VA_KUE_MRN),
                                KftMessages.akmTr(Geschaeftsfall.VA_KUE_ORN),
                                KftMessages.akmTrByLineId(),
                                KftMessages.abbmTr(Meldungscode.UEBERNAHME_NICHT_MOEGLICH),
                                KftMessages.abbmToVa(Geschaeftsfall.VA_KUE_MRN, Meldungscode.SONST),
                                vaWithEinzelanschlussAndFirma()))
                .flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void domainToXmlToDomain(WbciMessage message) {
        Envelope<WbciMessage> envelope = new Envelope<>(KftMessages.control(), message);
        byte[] xml = codec.writeMessage(envelope);
        reader.read(xml); // validates against the schema again, as a receiver would
        assertThat(codec.readMessage(xml)).isEqualTo(envelope);
    }

    @Test
    void everyMessageKindIsCovered() {
        Set<MessageType> kinds = EnumSet.noneOf(MessageType.class);
        messages().forEach(m -> kinds.add(m.type()));
        assertThat(kinds).containsExactlyInAnyOrder(MessageType.values());
    }

    @ParameterizedTest
    @EnumSource(TeqCode.class)
    void quittungRoundTrips(TeqCode code) {
        Envelope<Quittung> teq = new Envelope<>(KftMessages.control(), KftMessages.teq(code));
        for (boolean answersAnfrage : List.of(true, false)) {
            byte[] xml = codec.writeQuittung(teq, answersAnfrage);
            String text = new String(xml, StandardCharsets.UTF_8);
            assertThat(text).contains(answersAnfrage ? "annehmenAnfrageResponse" : "annehmenMeldungResponse");
            assertThat(codec.readQuittung(xml)).isEqualTo(teq);
        }
    }

    @Test
    void aPartTheWireTypeCannotCarryIsRefusedNotDropped() {
        Vorabstimmungsanfrage orn = KftMessages.va(Geschaeftsfall.VA_KUE_ORN);
        Vorabstimmungsanfrage ornWithNumbers = new Vorabstimmungsanfrage(
                orn.geschaeftsfall(),
                orn.absender(),
                orn.endkundenvertragspartner(),
                orn.vorabstimmungsId(),
                orn.kundenwunschtermin(),
                orn.endkunde(),
                orn.weitereAnschlussinhaber(),
                orn.projektId(),
                orn.standort(),
                null,
                KftMessages.va(Geschaeftsfall.VA_KUE_MRN).rufnummernPortierung());
        assertThatThrownBy(() -> codec.writeMessage(new Envelope<>(KftMessages.control(), ornWithNumbers)))
                .isInstanceOf(UnmappableMessageException.class)
                .hasMessageContaining("VA-KUE-ORN has no RufnummernPortierung");
    }

    private static Vorabstimmungsanfrage vaWithEinzelanschlussAndFirma() {
        Vorabstimmungsanfrage mrn = KftMessages.va(Geschaeftsfall.VA_KUE_MRN);
        return new Vorabstimmungsanfrage(
                Geschaeftsfall.VA_KUE_MRN,
                mrn.absender(),
                mrn.endkundenvertragspartner(),
                mrn.vorabstimmungsId(),
                mrn.kundenwunschtermin(),
                new Firma(Anrede.FIRMA, "Bezirksjugendring", " K.d.ö.R."),
                List.of(),
                new ProjektId("P1", "K1"),
                mrn.standort(),
                null,
                new RufnummernPortierung(
                        new Einzelanschluss(KftMessages.einzelanschluss().rufnummern(), true),
                        Portierungszeitfenster.ZF3,
                        null));
    }
}
