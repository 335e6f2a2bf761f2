package org.wbcigateway.gateway.kft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.simulator.KftData;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The gateway's contract fixture (catalogue §4.5) afresh for each EKPabg case. A contract with an agreed
 * Vorabstimmung answers every further VA on its numbers with VAE 8118 (spec §4), so a case cannot reuse the
 * contracts of the case before: it ends them (status {@code TERMINATED}, no longer found) and puts the same three
 * contracts under new IDs, with the case's variations.
 */
final class KftAbgContracts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KftHarness kft;
    /** The contracts of the case before; at first the harness's. */
    private List<String> active = List.of("KFT-ANLAGE", "KFT-LINE", "KFT-A");

    private final Map<String, String> bodies = new java.util.HashMap<>();

    KftAbgContracts(KftHarness kft) {
        this.kft = kft;
    }

    /**
     * The block contract 89/123456 (00–99), the line 89/123456789 and data set A's contract, as the harness loads
     * them, under IDs of this case.
     *
     * @param standort variations of the first two contracts' Standort ({@code ort}, {@code postleitzahl}, ...)
     */
    void load(String caseId, Map<String, String> standort) {
        for (String id : active) {
            String body = bodies.computeIfAbsent(id, this::harnessContract);
            put(
                    id,
                    ((ObjectNode) JSON.readTree(body))
                            .put("status", "TERMINATED")
                            .toString());
        }
        String suffix = "-" + KftData.caseDigits(caseId);
        List<String> ids = new ArrayList<>();
        ids.add(put("KFT-ANLAGE" + suffix, contract(Geschaeftsfall.VA_KUE_MRN, standort)));
        ids.add(put("KFT-LINE" + suffix, contract(Geschaeftsfall.VA_KUE_ORN, standort)));
        ids.add(put("KFT-A" + suffix, contract(Geschaeftsfall.VA_KUE_MRN, Map.of("datensatz", "A"))));
        active = List.copyOf(ids);
    }

    /** The case's contracts list this WBCI contract number as a line that cannot be taken over (8147). */
    void notTransferable(String vertragsnummer) {
        JdbcClient jdbc = kft.gateway.context().getBean(JdbcClient.class);
        // in the tenant's schema: with two tenants, no table is reached without naming one
        kft.gateway.inScope(() -> {
            for (String id : active) {
                jdbc.sql("UPDATE crm_resource SET transferable = FALSE WHERE contract_id = ? AND vertragsnummer = ?")
                        .params(id, vertragsnummer)
                        .update();
            }
            return null;
        });
    }

    private String harnessContract(String id) {
        return switch (id) {
            case "KFT-LINE" -> contract(Geschaeftsfall.VA_KUE_ORN, Map.of());
            case "KFT-A" -> contract(Geschaeftsfall.VA_KUE_MRN, Map.of("datensatz", "A"));
            default -> contract(Geschaeftsfall.VA_KUE_MRN, Map.of());
        };
    }

    private String contract(Geschaeftsfall like, Map<String, String> overrides) {
        return KftRequests.contract(
                kft.standardVa(like, "0.0.0", overrides),
                KftData.TECHNOLOGIE,
                KftHarness.TODAY.toString(),
                Map.of(
                        "vertragsnummer",
                        KftData.VERTRAGSNUMMER,
                        "identifizierer",
                        "I12345",
                        "kennungTNBabg",
                        KftData.KENNUNG_TNB_ABG.value()));
    }

    private String put(String id, String body) {
        bodies.put(id, body);
        var reply = kft.gateway.put("/api/crm/contracts/" + id, body);
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException("contract " + id + " refused: " + reply.status() + " " + reply.body());
        }
        return id;
    }
}
