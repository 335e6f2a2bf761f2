package org.wbcigateway.domain.deadline;

import org.wbcigateway.domain.message.Rolle;

/** Something a Vorabstimmung waits for, and the party that owes it. */
public record OpenItem(AwaitedAnswer awaited, Rolle owedBy) {}
