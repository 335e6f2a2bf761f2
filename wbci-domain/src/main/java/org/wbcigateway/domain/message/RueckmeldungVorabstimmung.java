package org.wbcigateway.domain.message;

import java.time.LocalDate;
import java.util.List;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.SimpleType;
import org.wbcigateway.domain.id.VorabstimmungsId;

/**
 * RUEM-VA: the EKPabg agrees (ZWA or NAT) on a Wechseltermin, possibly correcting the address (ADA positions), and
 * names the line (Technologie, Ressourcen; KUE only) and the numbers with its PKIabg (MRN, RRNP).
 */
public record RueckmeldungVorabstimmung(
        CarrierCode absender,
        Endkundenvertragspartner endkundenvertragspartner,
        VorabstimmungsId vorabstimmungsIdRef,
        Geschaeftsfall geschaeftsfall,
        List<Meldungsposition> positionen,
        LocalDate wechseltermin,
        String technologie,
        List<Ressource> ressourcen,
        PortierteRufnummern rufnummernPortierung)
        implements Meldung {

    public RueckmeldungVorabstimmung {
        Positions.header(absender, endkundenvertragspartner, vorabstimmungsIdRef);
        Positions.vorabstimmung("Geschaeftsfall", geschaeftsfall);
        positionen = Positions.check(MessageType.RUEM_VA, positionen);
        Cardinality.required("Wechseltermin", wechseltermin);
        SimpleType.TECHNOLOGIE.requireOptional(technologie);
        ressourcen = Cardinality.list("Ressource", ressourcen, 0, 99);
    }

    @Override
    public MessageType type() {
        return MessageType.RUEM_VA;
    }

    @Override
    public VorabstimmungsId vorabstimmungsId() {
        return vorabstimmungsIdRef;
    }
}
