package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.Portierungskennung;

/** The numbers a RUEM-VA confirms: exactly those the VA asks for, each with the EKPabg's PKIabg. */
public final class Portierungsbestaetigung {

    private Portierungsbestaetigung() {}

    /** {@code null} when the VA ports no numbers. */
    public static PortierteRufnummern of(RufnummernPortierung requested, Portierungskennung pkiAbg) {
        if (requested == null) {
            return null;
        }
        if (requested.rufnummern() instanceof Einzelanschluss e) {
            return new PortierteEinzelrufnummern(e.rufnummern().stream()
                    .map(n -> new PortierteRufnummer(n, pkiAbg))
                    .toList());
        }
        Anlagenanschluss a = (Anlagenanschluss) requested.rufnummern();
        return new PortierteRufnummernbloecke(
                a.onkz(),
                a.durchwahlnummer(),
                a.abfragestelle(),
                a.bloecke().stream()
                        .map(b -> new PortierterRufnummernblock(b, pkiAbg))
                        .toList());
    }
}
