package org.wbcigateway.domain.decision;

import java.util.ArrayList;
import java.util.List;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.Rufnummern;
import org.wbcigateway.domain.message.Rufnummernblock;

/** Which requested numbers belong to the contract; a block belongs if a block of the contract contains it. */
record NumberMatch(List<Rufnummer> matched, List<Rufnummer> unmatched) {

    static NumberMatch of(Rufnummern requested, Rufnummern contract) {
        List<Rufnummer> matched = new ArrayList<>();
        List<Rufnummer> unmatched = new ArrayList<>();
        if (requested instanceof Einzelanschluss e) {
            for (Rufnummer n : e.rufnummern()) {
                (owns(contract, n) ? matched : unmatched).add(n);
            }
        } else {
            Anlagenanschluss a = (Anlagenanschluss) requested;
            Rufnummer kopf = new Rufnummer(a.onkz(), a.durchwahlnummer());
            boolean all = contract instanceof Anlagenanschluss c
                    && c.onkz().equals(a.onkz())
                    && c.durchwahlnummer().equals(a.durchwahlnummer())
                    && a.bloecke().stream().allMatch(b -> c.bloecke().stream().anyMatch(cb -> contains(cb, b)));
            (all ? matched : unmatched).add(kopf);
        }
        return new NumberMatch(List.copyOf(matched), List.copyOf(unmatched));
    }

    /** Numbers as a list for an RNG position (at most 10; an Anlagenanschluss by its Kopfnummer). */
    static List<Rufnummer> numbersOf(Rufnummern numbers) {
        if (numbers instanceof Einzelanschluss e) {
            return e.rufnummern().stream().limit(10).toList();
        }
        Anlagenanschluss a = (Anlagenanschluss) numbers;
        return List.of(new Rufnummer(a.onkz(), a.durchwahlnummer()));
    }

    private static boolean owns(Rufnummern contract, Rufnummer n) {
        if (contract instanceof Einzelanschluss e) {
            return e.rufnummern().contains(n);
        }
        Anlagenanschluss a = (Anlagenanschluss) contract;
        return n.onkz().equals(a.onkz()) && n.nummer().startsWith(a.durchwahlnummer());
    }

    private static boolean contains(Rufnummernblock outer, Rufnummernblock inner) {
        return outer.von().length() == inner.von().length()
                && outer.von().compareTo(inner.von()) <= 0
                && outer.bis().compareTo(inner.bis()) >= 0;
    }
}
