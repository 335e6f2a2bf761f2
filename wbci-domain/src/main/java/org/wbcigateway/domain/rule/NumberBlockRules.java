package org.wbcigateway.domain.rule;

import java.util.List;
import org.wbcigateway.domain.message.Rufnummernblock;

/** Spec §5.3: in one block von and bis have the same length and von ≤ bis; blocks of one line: same length, disjoint. */
final class NumberBlockRules {

    private NumberBlockRules() {}

    static void check(List<Rufnummernblock> bloecke, Findings findings) {
        for (Rufnummernblock b : bloecke) {
            findings.require(
                    b.von().length() == b.bis().length(), ContentRule.BLOCK_LENGTH, "block " + b.von() + "-" + b.bis());
            findings.require(
                    b.von().compareTo(b.bis()) <= 0, ContentRule.BLOCK_ORDER, "block " + b.von() + "-" + b.bis());
        }
        for (int i = 0; i < bloecke.size(); i++) {
            for (int j = i + 1; j < bloecke.size(); j++) {
                Rufnummernblock a = bloecke.get(i);
                Rufnummernblock b = bloecke.get(j);
                boolean sameLength = a.von().length() == b.von().length();
                findings.require(
                        sameLength,
                        ContentRule.BLOCKS_UNIFORM,
                        "blocks " + a.von() + "-" + a.bis() + " and " + b.von() + "-" + b.bis());
                // numbers of equal length compare like strings
                boolean disjoint = a.bis().compareTo(b.von()) < 0 || b.bis().compareTo(a.von()) < 0;
                findings.require(
                        !sameLength || disjoint,
                        ContentRule.BLOCKS_DISJOINT,
                        "blocks " + a.von() + "-" + a.bis() + " and " + b.von() + "-" + b.bis());
            }
        }
    }
}
