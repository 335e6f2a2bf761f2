package org.wbcigateway.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.wbcigateway.domain.id.AenderungsId;
import org.wbcigateway.domain.id.StornoId;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.Storno;
import org.wbcigateway.domain.message.StornoArt;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.simulator.scenario.Step;
import org.wbcigateway.wire.security.SigningKey;

/**
 * Turns a scenario step into a message with the standard data set and sends it. Step data ({@code set}) beyond the
 * VA overrides of {@link KftData#va}: {@code case} (the case ID, for the ProjektId), {@code neuerKundenwunschtermin}
 * (TV: ISO date or {@code +<n>} AT from today), {@code stornogrund}, {@code majorRelease}, {@code timeoutMs} (WAIT),
 * and the AKM-TR overrides of {@link KftData#akmTr}.
 */
final class Steps {

    private static final SigningKey FOREIGN = SimulatorSettings.developmentKey(KftData.PARTNER);

    private final Simulator simulator;

    Steps(Simulator simulator) {
        this.simulator = simulator;
    }

    JournalEntry run(Step step) {
        sleep(step.delay());
        String what = step.send();
        if (what.equals("WAIT")) {
            String vaId = step.vaId() != null
                    ? step.vaId()
                    : lastVa(null).vorabstimmungsId().value();
            long timeout = Long.parseLong(step.set().getOrDefault("timeoutMs", "30000"));
            return simulator
                    .journal()
                    .await(
                            e -> e.direction() == Direction.IN
                                    && vaId.equals(e.vaId())
                                    && step.await().equals(e.type()),
                            Duration.ofMillis(timeout));
        }
        if (what.equals("DUPLICATE")) {
            return simulator.resendLast();
        }
        if (what.equals("RAW")) {
            try {
                return simulator.sendRaw(Files.readAllBytes(Path.of(step.file())), !"NONE".equals(step.signature()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return send(message(step), step);
    }

    private JournalEntry send(WbciMessage message, Step step) {
        String signature = step.signature() == null ? "VALID" : step.signature();
        switch (signature) {
            case "NONE":
                return simulator.sendUnsigned(message);
            case "FOREIGN":
                return simulator.sendSignedBy(message, FOREIGN);
            case "VALID":
                String release = step.set().get("majorRelease");
                return release == null ? simulator.send(message) : simulator.sendWithRelease(message, release);
            default:
                throw new IllegalArgumentException("signature must be VALID, NONE or FOREIGN, not " + signature);
        }
    }

    private WbciMessage message(Step step) {
        Map<String, String> set = step.set();
        MessageType type = type(step.send());
        SimulatorSettings s = simulator.settings();
        if (type.isVorabstimmungsanfrage()) {
            Geschaeftsfall gf = Geschaeftsfall.fromCode(type.abbreviation());
            String id = step.vaId() != null ? step.vaId() : simulator.newId('V');
            return KftData.va(
                    gf,
                    new Endkundenvertragspartner(s.carrier(), s.gateway()),
                    VorabstimmungsId.of(id),
                    s.pki(),
                    simulator.kwt(),
                    set.get("case"),
                    set);
        }
        Vorabstimmungsanfrage va = lastVa(step.vaId());
        VorabstimmungsId vaId = step.vaId() != null ? VorabstimmungsId.of(step.vaId()) : va.vorabstimmungsId();
        Endkundenvertragspartner ekp =
                va != null ? va.endkundenvertragspartner() : new Endkundenvertragspartner(s.carrier(), s.gateway());
        if (type == MessageType.AKM_TR) {
            return KftData.akmTr(ekp, vaId, va == null ? Geschaeftsfall.VA_KUE_MRN : va.geschaeftsfall(), s.pki(), set);
        }
        if (type == MessageType.TV) {
            String date = set.getOrDefault("neuerKundenwunschtermin", "+21");
            LocalDate neu = date.startsWith("+")
                    ? KftData.datePlusAt(simulator.today(), Integer.parseInt(date.substring(1)))
                    : LocalDate.parse(date);
            return new Terminverschiebung(
                    s.carrier(), ekp, AenderungsId.of(step.id() != null ? step.id() : simulator.newId('T')), vaId, neu);
        }
        StornoArt art = StornoArt.of(type);
        return new Storno(
                art,
                s.carrier(),
                ekp,
                StornoId.of(step.id() != null ? step.id() : simulator.newId('S')),
                vaId,
                art.needsStornogrund() ? set.getOrDefault("stornogrund", KftData.STORNOGRUND) : null);
    }

    /** The VA with this ID (or the last one) in the journal, whoever sent it; {@code null} if none. */
    private Vorabstimmungsanfrage lastVa(String vaId) {
        return simulator
                .journal()
                .last(e -> e.message() instanceof Vorabstimmungsanfrage && (vaId == null || vaId.equals(e.vaId())))
                .map(e -> (Vorabstimmungsanfrage) e.message())
                .orElse(null);
    }

    private static MessageType type(String abbreviation) {
        for (MessageType t : MessageType.values()) {
            if (t.abbreviation().equals(abbreviation)) {
                return t;
            }
        }
        throw new IllegalArgumentException("cannot send '" + abbreviation + "'");
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
