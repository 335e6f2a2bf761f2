package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.AenderungsId;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.id.StornoId;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Anrede;
import org.wbcigateway.domain.message.Control;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Person;
import org.wbcigateway.domain.message.Portierungszeitfenster;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.message.Rufnummernblock;
import org.wbcigateway.domain.message.Standort;
import org.wbcigateway.domain.message.Storno;
import org.wbcigateway.domain.message.StornoArt;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.gateway.outbox.OutboxEntry;
import org.wbcigateway.gateway.outbox.OutboxRepository;
import org.wbcigateway.gateway.outbox.OutboxStatus;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;
import org.wbcigateway.wire.WbciCodec;

/** Messages a partner's REST API would never let out: built by hand and posted to the other gateway's endpoint. */
final class CraftedMessages {

    private final WbciCodec codec = new WbciCodec();
    private final CarrierCode auf;
    private final Endkundenvertragspartner ekp;

    CraftedMessages(String ekpAuf, String ekpAbg) {
        this.auf = CarrierCode.of(ekpAuf);
        this.ekp = new Endkundenvertragspartner(auf, CarrierCode.of(ekpAbg));
    }

    WbciMessage tv(String vaId, String aenderungsId, String date) {
        return new Terminverschiebung(
                auf, ekp, AenderungsId.of(aenderungsId), VorabstimmungsId.of(vaId), LocalDate.parse(date));
    }

    /** The standard VA-KUE-MRN (John McFly, the block 00–99) under another Kopfnummer, without Projektkenner. */
    WbciMessage va(String vaId, String durchwahlnummer, String kundenwunschtermin) {
        return new Vorabstimmungsanfrage(
                Geschaeftsfall.VA_KUE_MRN,
                auf,
                ekp,
                VorabstimmungsId.of(vaId),
                LocalDate.parse(kundenwunschtermin),
                new Person(Anrede.HERR, "John", "McFly"),
                List.of(new Person(Anrede.FRAU, "Kate", "McFly")),
                null,
                new Standort("Emmy-Noether-Straße", "2", "a", "80992", "München"),
                null,
                new RufnummernPortierung(
                        new Anlagenanschluss("89", durchwahlnummer, "0", List.of(new Rufnummernblock("00", "99"))),
                        Portierungszeitfenster.ZF2,
                        null));
    }

    WbciMessage stornoAufhebung(String vaId, String stornoId) {
        return new Storno(
                StornoArt.AUFHEBUNG_EKP_AUF, auf, ekp, StornoId.of(stornoId), VorabstimmungsId.of(vaId), null);
    }

    WbciMessage akmTr(String vaId) {
        return new UebernahmeRessource(
                auf,
                ekp,
                VorabstimmungsId.of(vaId),
                Geschaeftsfall.VA_KUE_MRN,
                List.of(Meldungsposition.of(Meldungscode.AKM_TR_UEBERNAHME)),
                true,
                List.of(UebernahmeLeitung.ofVertragsnummer("V123457")),
                false,
                Portierungskennung.of("D0AA"));
    }

    /** Posts the message to the gateway's SOAP endpoint as its partner; the TEQ must be OK. */
    void post(Gateway to, WbciMessage message) {
        byte[] soap = TestKeys.sign(message.absender().value(), unsigned(message));
        Soap.Response response = Soap.post(to.soapUrl(), soap);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(codec.readQuittung(response.body()).payload().code()).isEqualTo(TeqCode.OK);
    }

    /** The message in its SOAP envelope, without a signature. */
    byte[] unsigned(WbciMessage message) {
        return codec.writeMessageSoap(new Envelope<>(
                Control.v200(OffsetDateTime.now(), new Control.SignaturId("CN=crafted", "01")), message));
    }

    /** Waits until the gateway's last outgoing message for the VA was delivered and returns its first code. */
    String lastAnswerCode(Gateway gateway, String vaId) {
        MessageRepository messages = gateway.context().getBean(MessageRepository.class);
        OutboxRepository outbox = gateway.context().getBean(OutboxRepository.class);
        MessageRecord last = Patience.awaiting("a delivered answer for " + vaId)
                .until(
                        () -> gateway.inScope(() -> {
                            List<MessageRecord> out = messages.timeline(vaId).stream()
                                    .filter(m -> m.direction() == MessageRecord.Direction.OUT)
                                    .toList();
                            return out.isEmpty() ? null : out.get(out.size() - 1);
                        }),
                        m -> m != null
                                && gateway.inScope(() -> outbox.findByMessage(m.id())
                                        .map(OutboxEntry::status)
                                        .filter(s -> s == OutboxStatus.DELIVERED)
                                        .isPresent()));
        Meldung answer = (Meldung) codec.readMessage(last.raw()).payload();
        return answer.positionen().get(0).meldungscode().code();
    }
}
