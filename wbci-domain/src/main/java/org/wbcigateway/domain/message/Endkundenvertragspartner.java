package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.CarrierCode;

/** The two EKPs of a Vorabstimmung: the receiving (EKPauf) and the releasing (EKPabg) one. */
public record Endkundenvertragspartner(CarrierCode ekpAuf, CarrierCode ekpAbg) {

    public Endkundenvertragspartner {
        Cardinality.required("EKPauf", ekpAuf);
        Cardinality.required("EKPabg", ekpAbg);
    }

    public CarrierCode of(Rolle rolle) {
        return rolle == Rolle.EKP_AUF ? ekpAuf : ekpAbg;
    }

    /** The role the given carrier has in this Vorabstimmung, if it is one of the two. */
    public java.util.Optional<Rolle> rolleOf(CarrierCode carrier) {
        if (ekpAuf.equals(carrier)) {
            return java.util.Optional.of(Rolle.EKP_AUF);
        }
        return ekpAbg.equals(carrier) ? java.util.Optional.of(Rolle.EKP_ABG) : java.util.Optional.empty();
    }
}
