package org.wbcigateway.simulator.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A script for the simulator: rules for what arrives (the first matching rule wins; without one a message gets
 * TEQ OK and no answer) and steps it runs on its own. Loaded from a JSON file ({@link ScenarioFiles}) or built here.
 */
public record Scenario(String name, List<Rule> rules, List<Step> steps) {

    public Scenario {
        rules = rules == null ? List.of() : List.copyOf(rules);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public static Scenario named(String name) {
        return new Scenario(name, List.of(), List.of());
    }

    /** Adds a rule after the existing ones. */
    public Scenario rule(Rule rule) {
        List<Rule> all = new ArrayList<>(rules);
        all.add(rule);
        return new Scenario(name, all, steps);
    }

    /** Adds a rule before the existing ones, so it wins over them: how a test varies a standard scenario. */
    public Scenario first(Rule rule) {
        List<Rule> all = new ArrayList<>();
        all.add(rule);
        all.addAll(rules);
        return new Scenario(name, all, steps);
    }

    public Scenario step(Step step) {
        List<Step> all = new ArrayList<>(steps);
        all.add(step);
        return new Scenario(name, rules, all);
    }
}
