package org.wbcigateway.wire.mapping;

import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Control;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.wire.WireException;
import org.wbcigateway.wire.v2.envelope.AnnehmenAnfrageRequest;
import org.wbcigateway.wire.v2.envelope.AnnehmenAnfrageResponse;
import org.wbcigateway.wire.v2.envelope.AnnehmenMeldungRequest;
import org.wbcigateway.wire.v2.envelope.AnnehmenMeldungResponse;
import org.wbcigateway.wire.v2.envelope.ControlType;
import org.wbcigateway.wire.v2.message.MeldungsPositionTEQType;
import org.wbcigateway.wire.v2.message.QuittungType;

/**
 * Maps the WBCI v2.00 JAXB binding to the domain and back, for the four root elements. This is the only place that
 * knows both sides: a later official schema gets a mapper of its own, the domain stays as it is. Stateless.
 */
public final class WireMapper {

    /** A request root ({@code annehmenAnfrageRequest} or {@code annehmenMeldungRequest}) as a domain envelope. */
    public Envelope<WbciMessage> message(Object root) {
        return guarded(() -> {
            if (root instanceof AnnehmenAnfrageRequest a) {
                return new Envelope<>(Parts.control(a.getControl()), AnfrageMapping.toDomain(a.getAnfrage()));
            }
            if (root instanceof AnnehmenMeldungRequest m) {
                return new Envelope<>(Parts.control(m.getControl()), MeldungMapping.toDomain(m.getMeldung()));
            }
            throw new WireException(WireException.Kind.NOT_A_WBCI_MESSAGE, "not a WBCI request: " + root.getClass());
        });
    }

    /** The request root for a domain message: {@code annehmenAnfrageRequest} or {@code annehmenMeldungRequest}. */
    public Object request(Envelope<? extends WbciMessage> envelope) {
        ControlType control = Parts.control(envelope.control());
        if (envelope.payload() instanceof Anfrage anfrage) {
            AnnehmenAnfrageRequest r = new AnnehmenAnfrageRequest();
            r.setControl(control);
            r.setAnfrage(AnfrageMapping.toWire(anfrage));
            return r;
        }
        AnnehmenMeldungRequest r = new AnnehmenMeldungRequest();
        r.setControl(control);
        r.setMeldung(MeldungMapping.toWire((Meldung) envelope.payload()));
        return r;
    }

    /** A response root ({@code annehmenAnfrageResponse} or {@code annehmenMeldungResponse}) as a domain TEQ. */
    public Envelope<Quittung> quittung(Object root) {
        return guarded(() -> {
            if (root instanceof AnnehmenAnfrageResponse a) {
                return new Envelope<>(Parts.control(a.getControl()), quittung(a.getQuittung()));
            }
            if (root instanceof AnnehmenMeldungResponse m) {
                return new Envelope<>(Parts.control(m.getControl()), quittung(m.getQuittung()));
            }
            throw new WireException(WireException.Kind.NOT_A_WBCI_MESSAGE, "not a WBCI response: " + root.getClass());
        });
    }

    /** The response root answering a request of the given kind: Anfrage → annehmenAnfrageResponse, else Meldung. */
    public Object response(Envelope<Quittung> envelope, boolean answersAnfrage) {
        ControlType control = Parts.control(envelope.control());
        QuittungType q = quittung(envelope.payload());
        if (answersAnfrage) {
            AnnehmenAnfrageResponse r = new AnnehmenAnfrageResponse();
            r.setControl(control);
            r.setQuittung(q);
            return r;
        }
        AnnehmenMeldungResponse r = new AnnehmenMeldungResponse();
        r.setControl(control);
        r.setQuittung(q);
        return r;
    }

    /** The control of a root element, without mapping the payload (e.g. to answer a message that fails later). */
    public Control control(Object root) {
        if (root instanceof AnnehmenAnfrageRequest a) {
            return Parts.control(a.getControl());
        }
        if (root instanceof AnnehmenMeldungRequest m) {
            return Parts.control(m.getControl());
        }
        throw new WireException(WireException.Kind.NOT_A_WBCI_MESSAGE, "not a WBCI request: " + root.getClass());
    }

    private static Quittung quittung(QuittungType q) {
        MeldungsPositionTEQType p = q.getPosition();
        return new Quittung(
                Parts.carrier(q.getAbsender()),
                VorabstimmungsId.of(q.getVorabstimmungsIdRef()),
                TeqCode.fromCode(p.getMeldungscode()),
                p.getMeldungstext());
    }

    private static QuittungType quittung(Quittung q) {
        MeldungsPositionTEQType p = new MeldungsPositionTEQType();
        p.setMeldungscode(q.code().code());
        p.setMeldungstext(q.meldungstext());
        QuittungType t = new QuittungType();
        t.setAbsender(Parts.carrier(q.absender()));
        t.setVorabstimmungsIdRef(q.vorabstimmungsIdRef().value());
        t.setPosition(p);
        return t;
    }

    /**
     * The schema and the domain's simple types agree, so a schema-valid message always maps; should they ever
     * disagree, the message is refused as a structure error (0995) instead of failing with a bare exception.
     */
    private static <T> T guarded(java.util.function.Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (WireException e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new WireException(
                    WireException.Kind.SCHEMA_INVALID, "cannot map to the domain: " + e.getMessage(), e);
        }
    }
}
