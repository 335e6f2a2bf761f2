package org.wbcigateway.simulator.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * When a matching message arrives: answer it synchronously with {@code teq} (default OK), then send the answers in
 * order. A rule with {@code times} applies that often and is then used up.
 */
public record Rule(Match when, String teq, List<Answer> answers, Integer times) {

    public Rule {
        when = when == null ? new Match(null, null, null, null) : when;
        answers = answers == null ? List.of() : List.copyOf(answers);
        TeqReply.parse(teq);
    }

    public static Rule when(Match match) {
        return new Rule(match, null, null, null);
    }

    public static Rule when(String type) {
        return when(Match.type(type));
    }

    public Rule teq(String reply) {
        return new Rule(when, reply, answers, times);
    }

    public Rule answer(Answer answer) {
        List<Answer> all = new ArrayList<>(answers);
        all.add(answer);
        return new Rule(when, teq, all, times);
    }

    public Rule times(int n) {
        return new Rule(when, teq, answers, n);
    }

    public TeqReply teqReply() {
        return TeqReply.parse(teq);
    }
}
