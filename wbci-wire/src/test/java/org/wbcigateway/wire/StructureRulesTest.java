package org.wbcigateway.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Structure rules of spec §5 that the schema enforces: types per xsi:type, choices, cardinalities, order. */
class StructureRulesTest {

    private static final WireReader READER = new WireReader();

    private static final String RUEM_POSITION = "xsi:type=\"msg:MeldungsPositionRUEMVAType\"";
    private static final String SECOND_RESSOURCE = """
            <Ressource>
                        <lineID>DEU.EKPABG.42</lineID>
                    </Ressource>""";
    private static final String ADRESSE = "<strassenname>Hauptstr.</strassenname>";
    private static final String MRN_ZEITFENSTER = "<Portierungszeitfenster>ZF2</Portierungszeitfenster>";
    private static final String RRNP_PKI = "<PortierungskennungPKIauf>D1A2</PortierungskennungPKIauf>";
    private static final String MRN_NUMBER = """
            <zuPortierendeOnkzRnr>
                                    <ONKZ>351</ONKZ>
                                    <rufnummer>4711</rufnummer>
                                </zuPortierendeOnkzRnr>""";

    static Stream<Arguments> rejected() {
        return Stream.of(
                of(
                        "Position of another Meldung's type",
                        "ruem-va.xml",
                        RUEM_POSITION,
                        "xsi:type=\"msg:MeldungsPositionABBMType\""),
                of(
                        "TEQ Position of a Meldung's type",
                        "teq.xml",
                        "msg:MeldungsPositionTEQType",
                        "msg:MeldungsPositionERLMType"),
                of("Meldung without Position", "abbm-tr.xml", "regex:(?s)<Position .*</Position>", ""),
                of("Ressource without any value", "ruem-va.xml", SECOND_RESSOURCE, "<Ressource/>"),
                of(
                        "Ressource values out of order",
                        "ruem-va.xml",
                        SECOND_RESSOURCE,
                        "<Ressource><identifizierer>X</identifizierer><vertragsnummer>1</vertragsnummer></Ressource>"),
                of("adresseAbweichend with two values", "ruem-va.xml", ADRESSE, ADRESSE + "<ort>Dresden</ort>"),
                of("adresseAbweichend empty", "ruem-va.xml", ADRESSE, ""),
                of(
                        "PortierungskennungPKIauf in VA-KUE-MRN",
                        "va-kue-mrn.xml",
                        MRN_ZEITFENSTER,
                        MRN_ZEITFENSTER + RRNP_PKI),
                of(
                        "RRNP RufnummernPortierung smuggled into VA-KUE-MRN by xsi:type",
                        "va-kue-mrn.xml",
                        "<RufnummernPortierung>",
                        "<RufnummernPortierung xmlns:cpx=\"http://www.vatm.de/wbci/v2/type/complex\" xsi:type=\"cpx:RufnummernPortierungRRNPType\">"),
                of("VA-RRNP without PortierungskennungPKIauf", "va-rrnp.xml", RRNP_PKI, ""),
                of(
                        "VA-RRNP with Standort",
                        "va-rrnp.xml",
                        "<RufnummernPortierung>",
                        "<Standort><strasse><strassenname>A</strassenname><hausnummer>1</hausnummer></strasse>"
                                + "<postleitzahl>12345</postleitzahl><ort>B</ort></Standort><RufnummernPortierung>"),
                of(
                        "empty rufnummernliste",
                        "va-kue-mrn.xml",
                        "regex:(?s)<rufnummernliste>.*</rufnummernliste>",
                        "<rufnummernliste/>"),
                of("11 numbers in a rufnummernliste", "va-kue-mrn.xml", MRN_NUMBER, MRN_NUMBER.repeat(10)),
                of(
                        "Endkunde both person and firma",
                        "va-kue-orn.xml",
                        "</person>",
                        "</person><firma><anrede>4</anrede><firmenname>X</firmenname></firma>"),
                of(
                        "Anfrage with an abstract type",
                        "str-aufh-auf.xml",
                        "req:StornoAufhebungEKPaufType",
                        "req:StornoType"),
                of("Anfrage without xsi:type", "tv.xml", " xsi:type=\"req:TerminverschiebungType\"", ""),
                of(
                        "Anfrage with a Meldung type",
                        "tv.xml",
                        "req:TerminverschiebungType",
                        "req:KuendigungOhneRNPGeschaeftsfallType"),
                of(
                        "Storno EKPabg without Stornogrund",
                        "str-aen-abg.xml",
                        "<Stornogrund>Vertragsende liegt früher: Wechseltermin vorziehen.</Stornogrund>",
                        ""),
                of(
                        "Storno EKPauf with Stornogrund",
                        "str-aen-auf.xml",
                        "</VorabstimmungsIdRef>",
                        "</VorabstimmungsIdRef><Stornogrund>x</Stornogrund>"),
                of(
                        "children out of order",
                        "tv.xml",
                        "<AenderungsId>DEU.EKPAUF.T000000007</AenderungsId>",
                        "<NeuerKundenwunschtermin>2027-01-12</NeuerKundenwunschtermin><AenderungsId>DEU.EKPAUF.T000000007</AenderungsId>"),
                of(
                        "element name in the wrong case",
                        "tv.xml",
                        "<AenderungsId>DEU.EKPAUF.T000000007</AenderungsId>",
                        "<aenderungsId>DEU.EKPAUF.T000000007</aenderungsId>"),
                of(
                        "namespace-qualified child",
                        "tv.xml",
                        "<Control>",
                        "<Control xmlns=\"http://www.vatm.de/wbci/v2/envelope\">"),
                of(
                        "unknown child element",
                        "erlm.xml",
                        "</AenderungsIdRef>",
                        "</AenderungsIdRef><Kommentar>x</Kommentar>"),
                of(
                        "UebernahmeLeitung with lineID and vertragsnummer",
                        "akm-tr.xml",
                        "<lineID>DEU.EKPABG.1754639821</lineID>",
                        "<lineID>DEU.EKPABG.1754639821</lineID><vertragsnummer>1</vertragsnummer>"),
                of("AKM-TR without SichererHafen", "akm-tr.xml", "<SichererHafen>false</SichererHafen>", ""),
                of(
                        "Quittung with two positions",
                        "teq.xml",
                        "</Position>",
                        "</Position><Position><Meldungscode>OK</Meldungscode><Meldungstext>OK</Meldungstext></Position>"),
                of(
                        "six number blocks",
                        "ruem-va-rrnp.xml",
                        "</onkzDurchwahlAbfragestelle>",
                        "</onkzDurchwahlAbfragestelle>"
                                + ("<zuPortierenderRufnummernblock><rnrBlockVon>50</rnrBlockVon><rnrBlockBis>59</rnrBlockBis>"
                                                + "<portierungskennungPKIabg>D052</portierungskennungPKIabg></zuPortierenderRufnummernblock>")
                                        .repeat(5)),
                of("unknown attribute", "tv.xml", "<Anfrage ", "<Anfrage foo=\"bar\" "));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                of("Position without xsi:type", "ruem-va.xml", " " + RUEM_POSITION, ""),
                of("TEQ Position without xsi:type", "teq.xml", " xsi:type=\"msg:MeldungsPositionTEQType\"", ""),
                of(
                        "Ressource with kennungTNBabg only",
                        "ruem-va.xml",
                        SECOND_RESSOURCE,
                        "<Ressource><kennungTNBabg>D123</kennungTNBabg></Ressource>"),
                of(
                        "Ressource with identifizierer and kennungTNBabg",
                        "ruem-va.xml",
                        SECOND_RESSOURCE,
                        "<Ressource><identifizierer>X</identifizierer><kennungTNBabg>D123</kennungTNBabg></Ressource>"),
                of(
                        "Ressource with vertragsnummer and kennungTNBabg",
                        "ruem-va.xml",
                        SECOND_RESSOURCE,
                        "<Ressource><vertragsnummer>1</vertragsnummer><kennungTNBabg>D123</kennungTNBabg></Ressource>"),
                of("adresseAbweichend hausnummer", "ruem-va.xml", ADRESSE, "<hausnummer>13</hausnummer>"),
                of("VA-KUE-MRN without alleRufnummern", "va-kue-mrn.xml", "<alleRufnummern>true</alleRufnummern>", ""),
                of("10 numbers in a rufnummernliste", "va-kue-mrn.xml", MRN_NUMBER, MRN_NUMBER.repeat(9)),
                of(
                        "99 WeitereAnschlussinhaber",
                        "va-kue-orn.xml",
                        "</Endkunde>",
                        "</Endkunde>"
                                + "<WeitereAnschlussinhaber><person><anrede>9</anrede><nachname>X</nachname></person></WeitereAnschlussinhaber>"
                                        .repeat(99)),
                of("comments and processing instructions", "tv.xml", "<Anfrage ", "<!-- c --><?pi x?><Anfrage "),
                of(
                        "RUEM-VA without Technologie, Ressource and RufnummernPortierung",
                        "ruem-va-rrnp.xml",
                        "regex:(?s)<RufnummernPortierung>.*</RufnummernPortierung>",
                        ""));
    }

    @ParameterizedTest(name = "{0}: rejected")
    @MethodSource("rejected")
    void rejected(String rule, String fixture, String from, String to) {
        byte[] xml = edit(fixture, from, to);

        WireException e = catchThrowableOfType(WireException.class, () -> READER.read(xml));

        assertThat(e).as(rule).isNotNull();
        assertThat(e.kind()).isEqualTo(WireException.Kind.SCHEMA_INVALID);
        assertThat(e.teqCode().code()).isEqualTo("0995");
    }

    @ParameterizedTest(name = "{0}: accepted")
    @MethodSource("accepted")
    void accepted(String rule, String fixture, String from, String to) {
        byte[] xml = edit(fixture, from, to);

        assertThatCode(() -> READER.read(xml)).as(rule).doesNotThrowAnyException();
    }

    /** Replaces the first occurrence of {@code from}, a literal or, after "regex:", a regular expression. */
    private static byte[] edit(String fixture, String from, String to) {
        if (from.startsWith("regex:")) {
            String xml = TestData.fixture(fixture);
            String edited = xml.replaceFirst(from.substring("regex:".length()), to);
            assertThat(edited).as("regex must match in " + fixture).isNotEqualTo(xml);
            return TestData.utf8(edited);
        }
        return TestData.fixtureWith(fixture, from, to);
    }

    private static Arguments of(String rule, String fixture, String from, String to) {
        return Arguments.of(rule, fixture, from, to);
    }
}
