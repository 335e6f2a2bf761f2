package org.wbcigateway.domain.vorabstimmung;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.AenderungsId;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.id.StornoId;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Abbruchmeldung;
import org.wbcigateway.domain.message.AbbruchmeldungTechnRessource;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Erledigtmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.PortierteRufnummern;
import org.wbcigateway.domain.message.Portierungsbestaetigung;
import org.wbcigateway.domain.message.Ressource;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.Storno;
import org.wbcigateway.domain.message.StornoArt;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.state.Decision;
import org.wbcigateway.domain.state.Direction;
import org.wbcigateway.domain.state.Event;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.domain.state.Transition;
import org.wbcigateway.domain.state.VorabstimmungState;
import org.wbcigateway.domain.state.VorabstimmungStateMachine;

/**
 * One Vorabstimmung as both parties see it, and everything the protocol decides about it: {@link #receive} and
 * {@link #send} (and {@link #receiveUnknown}, {@link #sendVa} before there is one) judge a message and return the
 * {@link Outcome} — how it is taken, the next Vorabstimmung and the {@link Effect}s as values; the outbox's verdicts
 * on our messages come in through {@link #deliveryRefused} and {@link #delivered}. Every state change goes through the
 * {@link Transition} table. Immutable; the gateway stores it and carries out the effects.
 *
 * @param va            the VA that opened it (its ID, Geschaeftsfall, parties and Kundenwunschtermin)
 * @param ownRole       the role we play in it
 * @param state         phase, AKM-TR status and the active change request
 * @param wechseltermin the agreed Wechseltermin; {@code null} before the RUEM-VA
 * @param changeRequest the active TV or Storno; {@code null} when none is active
 * @param klaerfall     why it waits for an operator; {@code null} if it does not
 */
public record Vorabstimmung(
        Vorabstimmungsanfrage va,
        Rolle ownRole,
        VorabstimmungState state,
        LocalDate wechseltermin,
        Anfrage changeRequest,
        Klaerfall klaerfall) {

    private static final VorabstimmungStateMachine MACHINE = new VorabstimmungStateMachine();

    public Vorabstimmung {
        Objects.requireNonNull(va, "va");
        Objects.requireNonNull(ownRole, "ownRole");
        if (Objects.requireNonNull(state, "state").phase() == Phase.NONE) {
            throw new IllegalArgumentException("a Vorabstimmung that exists is not in phase NONE");
        }
        ChangeRequest active = state.changeRequest();
        if ((active == ChangeRequest.NONE) != (changeRequest == null)
                || (changeRequest != null && changeRequest.type() != active.type())) {
            throw new IllegalArgumentException("change request "
                    + (changeRequest == null ? "missing" : changeRequest.type().abbreviation()) + " for state "
                    + state);
        }
    }

    // ---- the engine ------------------------------------------------------------------------------------------------

    /**
     * A message we receive whose VA-ID is unknown: a VA opens a Vorabstimmung (or is refused); anything else is
     * answered as spec §7 says (8140) or becomes a Klaerfall without a Vorabstimmung.
     */
    public static Outcome receiveUnknown(WbciMessage message, Rolle ownRole, Context context) {
        return Reception.receive(null, message, ownRole, context);
    }

    /** The VA we send as EKPauf, opening a Vorabstimmung (or refused). */
    public static Outcome sendVa(Vorabstimmungsanfrage va, Context context) {
        return Dispatch.send(null, va, Rolle.EKP_AUF, context);
    }

    /** A message we receive for this Vorabstimmung. */
    public Outcome receive(WbciMessage message, Context context) {
        return Reception.receive(this, ours(message), ownRole, context);
    }

    /** A message we want to send in this Vorabstimmung. */
    public Outcome send(WbciMessage message, Context context) {
        return Dispatch.send(this, ours(message), ownRole, context);
    }

    /**
     * The partner refused a message of ours with a negative TEQ: a dead letter, and a Klaerfall. A refused AKM-TR
     * took nothing over, so the AKM-TR is owed again (catalogue 1.2.12/1.2.13).
     */
    public Outcome deliveryRefused(MessageType type, TeqCode code, Context context) {
        Changes changes = new Changes(this, ownRole, context);
        boolean akmTr = type == MessageType.AKM_TR;
        if (akmTr) {
            verdict(Event.AKM_TR_TEQ_REFUSED).ifPresent(accepted -> changes.apply(accepted, null));
        }
        changes.raise(new Klaerfall(
                akmTr ? KlaerfallKind.AKM_TR_TECHNICALLY_REFUSED : KlaerfallKind.MESSAGE_TECHNICALLY_REFUSED,
                type.abbreviation() + " refused with TEQ " + code.code()
                        + (akmTr ? "" : " (not delivered, not re-sent)")));
        changes.add(new Effect.CrmEvent(
                id(), CrmEventType.TECHNICAL_REJECTION, type.abbreviation() + " refused with TEQ " + code.code()));
        return changes.outcome(Taken.ACCEPTED, List.of(), List.of());
    }

    /** The partner accepted a message of ours (TEQ OK): an AKM-TR re-sent after a negative TEQ confirms the take-over. */
    public Outcome delivered(MessageType type, Context context) {
        Changes changes = new Changes(this, ownRole, context);
        if (deliveryMatters(type)) {
            verdict(Event.AKM_TR_TEQ_OK).ifPresent(accepted -> changes.apply(accepted, null));
        }
        return changes.outcome(Taken.ACCEPTED, List.of(), List.of());
    }

    /** Whether the state rules would let us send a message of this event now (content and dates aside). */
    public boolean maySend(Event event) {
        return MACHINE.decide(geschaeftsfall(), state, ownRole, Direction.OUTGOING, event)
                .isAccepted();
    }

    /** Whether the state rules would let us send our Storno of this kind now. */
    public boolean maySendStorno(boolean aufhebung) {
        return maySend(Event.of(StornoArt.of(aufhebung, ownRole)));
    }

    /**
     * Whether the partner's TEQ OK to a message of this type can change a Vorabstimmung ({@link #delivered}): only an
     * AKM-TR's can (re-sent after a negative TEQ). The outbox need not load the Vorabstimmung for any other.
     */
    public static boolean deliveryMatters(MessageType type) {
        return type == MessageType.AKM_TR;
    }

    // ---- what it is ------------------------------------------------------------------------------------------------

    public VorabstimmungsId id() {
        return va.vorabstimmungsId();
    }

    public Geschaeftsfall geschaeftsfall() {
        return va.geschaeftsfall();
    }

    public LocalDate kundenwunschtermin() {
        return va.kundenwunschtermin();
    }

    /** Our carrier code in it. */
    public CarrierCode self() {
        return va.endkundenvertragspartner().of(ownRole);
    }

    public CarrierCode partner() {
        return va.endkundenvertragspartner().of(ownRole.other());
    }

    // ---- the answers we send ----------------------------------------------------------------------------------------

    /** The ABBM to the VA (it ends the Vorabstimmung). */
    public Abbruchmeldung abbmToVa(List<Meldungsposition> positionen, String begruendung) {
        return Meldungen.abbm(va, self(), positionen, begruendung, null);
    }

    /** The ABBM to the active TV (with the agreed Wechseltermin) or Storno; empty if none is active. */
    public Optional<Abbruchmeldung> abbmToChangeRequest(List<Meldungsposition> positionen, String begruendung) {
        return Optional.ofNullable(changeRequest)
                .map(request -> Meldungen.abbm(request, self(), positionen, begruendung, wechseltermin));
    }

    /** The ERLM to the active TV or Storno; empty if none is active. */
    public Optional<Erledigtmeldung> erlm() {
        return Optional.ofNullable(changeRequest).map(request -> Meldungen.erlm(request, self()));
    }

    /** Our TV (EKPauf): move the agreed Wechseltermin. */
    public Terminverschiebung tv(AenderungsId id, LocalDate neuerKundenwunschtermin) {
        return new Terminverschiebung(self(), va.endkundenvertragspartner(), id, id(), neuerKundenwunschtermin);
    }

    /** Our Storno, of our role: Aufhebung (cancel) or Aenderung; the EKPabg gives a Stornogrund, the EKPauf none. */
    public Storno storno(StornoId id, boolean aufhebung, String stornogrund) {
        StornoArt art = StornoArt.of(aufhebung, ownRole);
        return new Storno(
                art, self(), va.endkundenvertragspartner(), id, id(), art.needsStornogrund() ? stornogrund : null);
    }

    /** Our AKM-TR (EKPauf, KUE); it carries our PKIauf for VA-KUE-MRN only. */
    public UebernahmeRessource akmTr(
            boolean ressourcenuebernahme,
            List<UebernahmeLeitung> leitungen,
            boolean sichererHafen,
            Portierungskennung ownPki) {
        return new UebernahmeRessource(
                self(),
                va.endkundenvertragspartner(),
                id(),
                geschaeftsfall(),
                List.of(Meldungsposition.of(Meldungscode.AKM_TR_UEBERNAHME)),
                ressourcenuebernahme,
                leitungen,
                sichererHafen,
                geschaeftsfall() == Geschaeftsfall.VA_KUE_MRN ? ownPki : null);
    }

    /**
     * Our RUEM-VA (EKPabg). Without {@code rufnummern}, the VA's numbers are confirmed with our PKIabg (MRN, RRNP).
     */
    public RueckmeldungVorabstimmung ruemVa(
            List<Meldungsposition> positionen,
            LocalDate wechseltermin,
            String technologie,
            List<Ressource> ressourcen,
            PortierteRufnummern rufnummern,
            Portierungskennung ownPki) {
        PortierteRufnummern numbers = rufnummern != null || !geschaeftsfall().portsNumbers()
                ? rufnummern
                : Portierungsbestaetigung.of(va.rufnummernPortierung(), ownPki);
        return new RueckmeldungVorabstimmung(
                self(),
                va.endkundenvertragspartner(),
                id(),
                geschaeftsfall(),
                positionen,
                wechseltermin,
                technologie,
                ressourcen,
                numbers);
    }

    /** The ABBM-TR to the partner's AKM-TR. */
    public AbbruchmeldungTechnRessource abbmTr(List<Meldungsposition> positionen) {
        return new AbbruchmeldungTechnRessource(
                self(), va.endkundenvertragspartner(), id(), geschaeftsfall(), positionen);
    }

    // ---- package-private -------------------------------------------------------------------------------------------

    /** After an accepted transition caused by {@code message} ({@code null} for an outbox verdict). */
    Vorabstimmung moved(Transition transition, VorabstimmungState next, WbciMessage message) {
        LocalDate date = wechseltermin;
        Anfrage change = changeRequest;
        switch (transition.effect()) {
            case AGREED -> date = ((RueckmeldungVorabstimmung) message).wechseltermin();
            case WECHSELTERMIN_MOVED -> {
                LocalDate moved = ((Erledigtmeldung) message).wechseltermin();
                date = moved == null ? date : moved;
            }
            case CHANGE_REQUESTED -> change = (Anfrage) message;
            default -> {}
        }
        return new Vorabstimmung(
                va, ownRole, next, date, next.changeRequest() == ChangeRequest.NONE ? null : change, klaerfall);
    }

    Vorabstimmung withKlaerfall(Klaerfall next) {
        return new Vorabstimmung(va, ownRole, state, wechseltermin, changeRequest, next);
    }

    private Optional<Decision.Accepted> verdict(Event event) {
        return MACHINE.decide(geschaeftsfall(), state, ownRole, Direction.OUTGOING, event)
                        instanceof Decision.Accepted a
                ? Optional.of(a)
                : Optional.empty();
    }

    private WbciMessage ours(WbciMessage message) {
        if (!message.vorabstimmungsId().equals(id())) {
            throw new IllegalArgumentException(message.type().abbreviation() + " for " + message.vorabstimmungsId()
                    + " is not a message of " + id());
        }
        return message;
    }
}
