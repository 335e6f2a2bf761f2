package org.wbcigateway.gateway.platform.tenancy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.wbcigateway.domain.deadline.EscalationKind;
import org.wbcigateway.gateway.platform.config.GatewayProperties;

/**
 * What a tenant decides and escalates differently from the installation's configuration; {@code null} (or empty
 * for {@code escalation}): as configured.
 *
 * @param decisionMode  instead of {@code wbci.decision.mode}
 * @param projektkenner instead of {@code wbci.decision.projektkenner}: the Projektkenner it agreed with partners
 * @param escalation    instead of {@code wbci.deadlines.escalation.<kind>}: L1, L2, L3 in working days overdue
 * @param crmSource     the CRM adapter it uses, by its name under {@code wbci.crm.sources}; {@code null}: the
 *                      built-in CRM tables of its schema (the first tenant: {@code wbci.crm} as configured)
 * @param webhook       the webhook its event feed is pushed to, by its name under {@code wbci.events.webhooks};
 *                      {@code null}: none (the first tenant: {@code wbci.events.webhook} as configured)
 */
public record TenantSettings(
        GatewayProperties.Decision.Mode decisionMode,
        List<String> projektkenner,
        Map<EscalationKind, List<Integer>> escalation,
        String crmSource,
        String webhook) {

    /** Everything as configured. */
    public static final TenantSettings AS_CONFIGURED = new TenantSettings(null, null, null, null, null);

    public TenantSettings {
        if (projektkenner != null) {
            projektkenner = List.copyOf(projektkenner);
            for (String p : projektkenner) {
                if (p == null || !org.wbcigateway.domain.id.SimpleType.PROJEKTKENNER.accepts(p)) {
                    throw new IllegalArgumentException("not a Projektkenner (1 to 30 characters, one line): " + p);
                }
            }
        }
        escalation = escalation == null ? Map.of() : Map.copyOf(escalation);
        escalation.forEach((kind, days) -> {
            if (days == null || days.size() != 3) {
                throw new IllegalArgumentException(
                        "escalation." + kind + " needs three working-day counts (L1, L2, L3), not " + days);
            }
            // the domain's rule, checked now rather than at the next deadline scan
            new org.wbcigateway.domain.deadline.EscalationPolicy.Thresholds(days.get(0), days.get(1), days.get(2));
        });
        if (crmSource != null && crmSource.isBlank()) {
            crmSource = null;
        }
        if (webhook != null && webhook.isBlank()) {
            webhook = null;
        }
    }

    /** {@code escalation} as stored: {@code VA_UNANSWERED=1,2,3;AKM_TR_MISSING=0,1,2}. */
    String escalationText() {
        return escalation.isEmpty()
                ? null
                : new EnumMap<>(escalation)
                        .entrySet().stream()
                                .map(e -> e.getKey() + "="
                                        + e.getValue().stream()
                                                .map(String::valueOf)
                                                .collect(Collectors.joining(",")))
                                .collect(Collectors.joining(";"));
    }

    static Map<EscalationKind, List<Integer>> escalationOf(String text) {
        Map<EscalationKind, List<Integer>> escalation = new EnumMap<>(EscalationKind.class);
        if (text != null && !text.isEmpty()) {
            for (String entry : text.split(";")) {
                String[] kindAndDays = entry.split("=", 2);
                escalation.put(
                        EscalationKind.valueOf(kindAndDays[0]),
                        java.util.Arrays.stream(kindAndDays[1].split(","))
                                .map(Integer::valueOf)
                                .toList());
            }
        }
        return escalation;
    }

    /** One per line: a Projektkenner is a single line. */
    String projektkennerText() {
        return projektkenner == null ? null : String.join("\n", projektkenner);
    }

    static List<String> projektkennerOf(String text) {
        return text == null ? null : text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
