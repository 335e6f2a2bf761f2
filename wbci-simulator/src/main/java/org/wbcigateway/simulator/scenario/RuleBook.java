package org.wbcigateway.simulator.scenario;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.wbcigateway.domain.message.WbciMessage;

/** The rules of a running scenario, with what is left of rules that apply a limited number of times. */
public final class RuleBook {

    private final List<Rule> rules;
    private final List<AtomicInteger> used;

    public RuleBook(Scenario scenario) {
        this.rules = scenario.rules();
        this.used = rules.stream().map(r -> new AtomicInteger()).toList();
    }

    /** The first rule that matches and is not used up; it counts as used once more. */
    public synchronized Optional<Rule> choose(WbciMessage message, int occurrence) {
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule.when().matches(message, occurrence)
                    && (rule.times() == null || used.get(i).get() < rule.times())) {
                used.get(i).incrementAndGet();
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
