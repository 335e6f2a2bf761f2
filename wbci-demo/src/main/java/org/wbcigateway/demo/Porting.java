package org.wbcigateway.demo;

import java.time.LocalDate;

/**
 * One porting the demo runs: the customer's old contract at the losing provider and the won one at the winning
 * provider, as CRM data; the Geschaeftsfall follows from the won contract (with a Standort: a Kuendigung, with or
 * without its numbers; without: pure number porting).
 *
 * @param vertragsnummer the old line's contract number the winner takes over with its AKM-TR (KUE only)
 */
record Porting(
        String geschaeftsfall,
        String contract,
        String holder,
        String standort,
        String numbers,
        boolean portNumbers,
        String vertragsnummer) {

    private static final String KATE = "{\"person\":{\"anrede\":\"2\",\"vorname\":\"Kate\",\"nachname\":\"McFly\"}}";

    static Porting[] all() {
        String standort = "{\"strassenname\":\"Emmy-Noether-Straße\",\"hausnummer\":\"2\",\"hausnummernZusatz\":\"a\","
                + "\"postleitzahl\":\"80992\",\"ort\":\"München\"}";
        return new Porting[] {
            new Porting(
                    "VA-KUE-MRN",
                    "MRN",
                    person("1", "John", "McFly"),
                    standort,
                    "\"anlagenanschluss\":{\"onkz\":\"89\",\"durchwahlnummer\":\"123456\",\"abfragestelle\":\"0\","
                            + "\"bloecke\":[{\"von\":\"00\",\"bis\":\"99\"}]}",
                    true,
                    "V100001"),
            new Porting(
                    "VA-KUE-ORN",
                    "ORN",
                    person("2", "Lorraine", "Baines"),
                    standort.replace("\"2\"", "\"4\""),
                    einzel("89", "5550001"),
                    false,
                    "V100002"),
            new Porting("VA-RRNP", "RRNP", person("1", "Emmett", "Brown"), null, einzel("30", "5550002"), true, null)
        };
    }

    boolean kuendigung() {
        return standort != null;
    }

    /** The old contract at the losing provider: active, ending before any Kundenwunschtermin. */
    String oldContract(LocalDate today) {
        String resource = vertragsnummer == null
                ? ""
                : ",\"technologie\":\"001 TAL ISDN\",\"ressourcen\":[{" + "\"vertragsnummer\":\"" + vertragsnummer
                        + "\",\"kennungTNBabg\":\"D001\"}]";
        return common("ACTIVE") + resource + ",\"earliestEnd\":\"" + today + "\"}";
    }

    /** The won contract at the winning provider, naming the previous provider. */
    String newContract(String previousCarrier) {
        return common("NEW") + ",\"previousCarrier\":\"" + previousCarrier + "\""
                + (portNumbers ? "" : ",\"portNumbers\":false") + "}";
    }

    private String common(String status) {
        return "{\"status\":\"" + status + "\",\"inhaber\":" + holder
                + (holder.contains("McFly") ? ",\"weitereInhaber\":[" + KATE + "]" : "")
                + (standort == null ? "" : ",\"standort\":" + standort) + "," + numbers;
    }

    private static String person(String anrede, String vorname, String nachname) {
        return "{\"person\":{\"anrede\":\"" + anrede + "\",\"vorname\":\"" + vorname + "\",\"nachname\":\"" + nachname
                + "\"}}";
    }

    private static String einzel(String onkz, String number) {
        return "\"einzelanschluss\":{\"rufnummern\":[{\"onkz\":\"" + onkz + "\",\"rufnummer\":\"" + number + "\"}]}";
    }
}
