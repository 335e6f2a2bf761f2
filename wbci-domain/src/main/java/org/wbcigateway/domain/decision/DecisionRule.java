package org.wbcigateway.domain.decision;

import org.wbcigateway.domain.rule.Rule;

/**
 * The EKPabg's decision table for an incoming VA, in the order it is applied (issue 4, spec §4). Each row names its
 * answer. Rows marked "collect" gather their findings into one ABBM with several positions (e.g. ADFPLZ + ADFORT).
 */
public enum DecisionRule implements Rule {
    PROJEKT_UNBEKANNT("DECIDE.UPK", "a Projektkenner we do not know → ABBM 8149 UPK"),
    VERTRAG_MEHRDEUTIG("DECIDE.ambiguous", "several contracts match → review queue"),
    RUFNUMMERN_FREMD(
            "DECIDE.RNG",
            "requested numbers that are not the customer's → ABBM 8103 RNG, listing the "
                    + "customer's numbers when at least one requested number matched, else the unknown ones"),
    KUNDE_NICHT_IDENTIFIZIERBAR(
            "DECIDE.KNI",
            "no contract found, or neither first name nor surname of the holder " + "match → ABBM 8117 KNI"),
    ANDERE_VORABSTIMMUNG("DECIDE.VAE", "another Vorabstimmung is open for the contract → ABBM 8118 VAE"),
    INHABER_FALSCH("DECIDE.AIF", "holder's surname (company: name) differs → ABBM 8112 AIF (collect)"),
    INHABER_VORNAME_FALSCH("DECIDE.AIFVN", "only the holder's first name differs → ABBM 8113 AIFVN (collect)"),
    WEITERE_INHABER_FALSCH("DECIDE.WAI", "further holders differ or are missing → ABBM 8114 WAI (collect)"),
    ADRESSE_FALSCH(
            "DECIDE.ADF",
            "KUE: wrong PLZ, street or house number → ABBM ADFPLZ/ADFSTR/ADFHSNR, and ADFORT "
                    + "if the Ort differs too (collect)"),
    ORT_ABWEICHEND(
            "DECIDE.ADAORT",
            "KUE: only the Ort differs under the right PLZ → RUEM-VA with ADAORT carrying " + "the correct Ort"),
    DATEN_UNVOLLSTAENDIG("DECIDE.incomplete", "the CRM cannot tell the contract's earliest end (KUE) → review queue"),
    TERMIN_NACH_VERTRAGSENDE(
            "DECIDE.NAT",
            "KWT before the contract's earliest end → RUEM-VA NAT with the earliest "
                    + "valid Wechseltermin on or after that end"),
    ZUSTIMMUNG("DECIDE.ZWA", "otherwise → RUEM-VA ZWA, Wechseltermin = KWT");

    private final String id;
    private final String description;

    DecisionRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }
}
