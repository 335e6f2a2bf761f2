package org.wbcigateway.domain.rule;

/**
 * The content rules of spec §2, §4 and §5.3: what the schema cannot check. A request breaking one is answered with
 * an ABBM (8116 SONST naming the rule); a Meldung breaking one is stored and becomes a Klaerfall.
 */
public enum ContentRule implements Rule {
    VA_STANDORT_REQUIRED("VA.Standort.required", "VA-KUE-MRN and VA-KUE-ORN carry a Standort"),
    VA_STANDORT_FORBIDDEN("VA.Standort.forbidden", "VA-RRNP carries no Standort"),
    VA_RUFNUMMERNPORTIERUNG_REQUIRED(
            "VA.RufnummernPortierung.required", "VA-KUE-MRN and VA-RRNP carry a RufnummernPortierung"),
    VA_RUFNUMMERNPORTIERUNG_FORBIDDEN("VA.RufnummernPortierung.forbidden", "VA-KUE-ORN ports no numbers"),
    VA_ANSCHLUSSIDENTIFIKATION_ONLY_ORN(
            "VA.Anschlussidentifikation.ORN-only", "only VA-KUE-ORN identifies the line by an Anschlussidentifikation"),
    VA_PKIAUF_REQUIRED("VA.PortierungskennungPKIauf.required", "VA-RRNP carries the EKPauf's PortierungskennungPKIauf"),
    VA_PKIAUF_FORBIDDEN("VA.PortierungskennungPKIauf.RRNP-only", "only VA-RRNP carries a PortierungskennungPKIauf"),
    ID_PREFIX("ID.prefix", "the ID a message creates starts with the carrier code of its Absender"),
    ABSENDER_ROLE("Absender.role", "the Absender is the EKP whose role sends this message"),
    EKP_DISTINCT("Endkundenvertragspartner.distinct", "EKPauf and EKPabg are different carriers"),
    BLOCK_LENGTH("Rufnummernblock.length", "rnrBlockVon and rnrBlockBis of a block have the same length"),
    BLOCK_ORDER("Rufnummernblock.order", "rnrBlockVon is not greater than rnrBlockBis"),
    BLOCKS_UNIFORM("Rufnummernbloecke.uniform-length", "all blocks of one Anlagenanschluss have the same length"),
    BLOCKS_DISJOINT("Rufnummernbloecke.disjoint", "the blocks of one Anlagenanschluss do not overlap"),
    RUEMVA_ONE_ZWA_OR_NAT("RUEM-VA.ZWA-or-NAT", "a RUEM-VA carries exactly one of ZWA (8001) and NAT (8002)"),
    RUEMVA_ADA_ATTRIBUTE(
            "RUEM-VA.ADA.attribute", "each ADA position carries adresseAbweichend with exactly its own attribute"),
    RUEMVA_ADRESSE_ONLY_ADA("RUEM-VA.adresseAbweichend.ADA-only", "only ADA positions carry adresseAbweichend"),
    RUEMVA_NO_ADA_RRNP("RUEM-VA.ADA.not-RRNP", "a RUEM-VA to VA-RRNP carries no ADA codes"),
    RUEMVA_TECHNOLOGIE_ONLY_KUE("RUEM-VA.Technologie.KUE-only", "only a RUEM-VA to a KUE case names a Technologie"),
    RUEMVA_RESSOURCE_ONLY_KUE("RUEM-VA.Ressource.KUE-only", "only a RUEM-VA to a KUE case lists Ressourcen"),
    RUEMVA_RUFNUMMERN_ONLY_PORTING(
            "RUEM-VA.RufnummernPortierung.MRN-RRNP-only", "only a RUEM-VA to VA-KUE-MRN or VA-RRNP confirms numbers"),
    AKMTR_NOT_RRNP("AKM-TR.KUE-only", "AKM-TR and ABBM-TR exist only for VA-KUE-MRN and VA-KUE-ORN"),
    AKMTR_PKIAUF_REQUIRED("AKM-TR.PortierungskennungPKIauf.MRN", "an AKM-TR to VA-KUE-MRN carries PKIauf"),
    AKMTR_PKIAUF_FORBIDDEN("AKM-TR.PortierungskennungPKIauf.ORN", "an AKM-TR to VA-KUE-ORN carries no PKIauf"),
    ABBM_TV_WECHSELTERMIN("ABBM.TV.Wechseltermin", "an ABBM to a TV carries the original Wechseltermin"),
    ABBM_TV_REFERENCE("ABBM.TV.AenderungsIdRef", "an ABBM to a TV carries the AenderungsIdRef"),
    ABBM_STORNO_REFERENCE("ABBM.Storno.StornoIdRef", "an ABBM to a Storno carries the StornoIdRef"),
    ABBM_STORNO_BEGRUENDUNG("ABBM.Storno.Begruendung", "an ABBM to a Storno carries a Begruendung"),
    ABBM_SONST_BEGRUENDUNG("ABBM.8116.Begruendung", "an ABBM with 8116 SONST carries a Begruendung"),
    REFERENCE_FITS_ANSWER(
            "Meldung.reference", "AenderungsIdRef only answering a TV, StornoIdRef only answering a Storno"),
    ERLM_ANSWERS_CHANGE("ERLM.Geschaeftsfall", "an ERLM answers a TV (TVS-VA) or a Storno (STR-AUF, STR-AEN)"),
    ERLM_CODE("ERLM.Meldungscode", "an ERLM to a TV carries 8003, to a Storno 8004"),
    ERLM_TV_WECHSELTERMIN("ERLM.TV.Wechseltermin", "an ERLM to a TV carries the new Wechseltermin"),
    ERLM_TV_REFERENCE("ERLM.TV.AenderungsIdRef", "an ERLM to a TV carries the AenderungsIdRef"),
    ERLM_STORNO_REFERENCE("ERLM.Storno.StornoIdRef", "an ERLM to a Storno carries the StornoIdRef"),
    ANSWER_GESCHAEFTSFALL("Meldung.Geschaeftsfall.matches", "a Meldung names the Geschaeftsfall of what it answers"),
    ANSWER_REFERENCE("Meldung.reference.matches", "a Meldung refers to the VA, TV or Storno it answers"),
    ANSWER_CODE(
            "Meldung.Meldungscode.fits-request",
            "an answer we send carries only codes that fit the request it answers (e.g. 8141 only to a TV)"),
    RUEMVA_ZWA_DATE("RUEM-VA.ZWA.Wechseltermin", "with ZWA the Wechseltermin is the Kundenwunschtermin"),
    RUEMVA_NAT_DATE("RUEM-VA.NAT.Wechseltermin", "with NAT the Wechseltermin differs from the Kundenwunschtermin"),
    ERLM_TV_DATE("ERLM.TV.new-date", "an ERLM to a TV carries the TV's NeuerKundenwunschtermin");

    private final String id;
    private final String description;

    ContentRule(String id, String description) {
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
