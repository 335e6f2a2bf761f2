package org.wbcigateway.gateway.web.api;

/**
 * One example body per operation that takes one, shown in the OpenAPI document and Swagger UI ("Try it out"). Each
 * is a valid request as such; whether it is accepted depends on the state it meets (a RUEM-VA needs an open VA).
 */
final class ApiExamples {

    private ApiExamples() {}

    static final String VA = """
            {"geschaeftsfall": "VA-KUE-MRN", "ekpAbg": "DEU.BBBB", "kundenwunschtermin": "2026-12-16",
             "endkunde": {"person": {"anrede": "1", "vorname": "John", "nachname": "McFly"}},
             "standort": {"strassenname": "Emmy-Noether-Straße", "hausnummer": "2", "postleitzahl": "80992",
                          "ort": "München"},
             "rufnummernPortierung": {"einzelanschluss": {"rufnummern": [{"onkz": "89", "rufnummer": "123456"}]},
                                      "portierungszeitfenster": "ZF2"}}""";

    static final String RUEM_VA = """
            {"positionen": [{"meldungscode": "8001"}], "wechseltermin": "2026-12-16", "technologie": "001 TAL ISDN",
             "ressourcen": [{"vertragsnummer": "V123456"}]}""";

    static final String ABBM = """
            {"positionen": [{"meldungscode": "8103", "rufnummern": [{"onkz": "89", "rufnummer": "123456"}]}]}""";

    static final String ABBM_TR = """
            {"positionen": [{"meldungscode": "8147"}]}""";

    static final String AKM_TR = """
            {"ressourcenuebernahme": true, "uebernahmeLeitungen": [{"vertragsnummer": "V123456"}],
             "sichererHafen": false}""";

    static final String TV = """
            {"neuerKundenwunschtermin": "2026-12-18"}""";

    static final String STORNO = """
            {"art": "AUFHEBUNG"}""";

    static final String CONTRACT = """
            {"status": "ACTIVE",
             "inhaber": {"person": {"anrede": "1", "vorname": "John", "nachname": "McFly"}},
             "standort": {"strassenname": "Emmy-Noether-Straße", "hausnummer": "2", "postleitzahl": "80992",
                          "ort": "München"},
             "einzelanschluss": {"rufnummern": [{"onkz": "89", "rufnummer": "123456"}]},
             "technologie": "001 TAL ISDN", "ressourcen": [{"vertragsnummer": "V123456"}],
             "startDate": "2024-01-01", "minimumTermMonths": 24, "noticePeriodMonths": 1}""";

    static final String SWITCH = """
            {"kundenwunschtermin": "2026-12-16"}""";

    static final String IMPORT_JSON = """
            [{"id": "C-1001", "status": "ACTIVE",
              "inhaber": {"person": {"anrede": "2", "vorname": "Kate", "nachname": "McFly"}},
              "einzelanschluss": {"rufnummern": [{"onkz": "30", "rufnummer": "99999999"}]}}]""";

    static final String IMPORT_CSV = """
            id;status;anrede;vorname;nachname;strassenname;hausnummer;postleitzahl;ort;rufnummern
            C-1001;ACTIVE;2;Kate;McFly;Hauptstraße;1;10115;Berlin;30/99999999
            """;

    static final String BULK = """
            {"ref": "row-1", "action": "STORNO", "vorabstimmungsId": "DEU.AAAA.V000000001", "body": {"art": "AUFHEBUNG"}}
            {"ref": "row-2", "action": "ERLM", "vorabstimmungsId": "DEU.AAAA.V000000002"}
            """;

    static final String ACK = """
            {"consumer": "crm", "offset": 42}""";

    static final String PARTNER = """
            {"endpoint": "https://wbci.bbbb.example/wbci/v2", "bundesland": "NW", "tlsBundle": null,
             "forbidRsaSha1": null}""";

    static final String CERTIFICATE = """
            {"pem": "-----BEGIN CERTIFICATE-----\\nMIID...\\n-----END CERTIFICATE-----\\n", "use": "SIGNING"}""";

    static final String CERTIFICATE_PEM = """
            -----BEGIN CERTIFICATE-----
            MIID...
            -----END CERTIFICATE-----
            """;

    static final String BUNDLE_ROUTE = """
            {"tenant": "BNDL-nord"}""";

    static final String ERASURE = """
            {"va": "DEU.AAAA.V000000001"}""";

    static final String TENANT_KEY = """
            {"generate": true}""";

    static final String TENANT_SETTINGS = """
            {"decisionMode": "REVIEW", "projektkenner": ["GLASFASER-2026"],
             "escalation": {"VA_UNANSWERED": [1, 2, 3]}, "crmSource": null, "webhook": null}""";

    static final String TENANT = """
            {"id": "DEU.CCCC", "code": "DEU.CCCC", "portierungskennung": "D0CC", "bundesland": "HH"}""";
}
