package org.wbcigateway.gateway.actions;

import java.util.List;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.rule.Violation;

/** What an action sent: the Vorabstimmung, the stored message, and warnings (e.g. a short lead time). */
public record Sent(VorabstimmungsId vaId, long messageId, List<Violation> warnings) {}
