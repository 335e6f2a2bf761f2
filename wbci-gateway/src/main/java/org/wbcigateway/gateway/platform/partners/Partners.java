package org.wbcigateway.gateway.platform.partners;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.wbcigateway.domain.id.CarrierCode;

/** The directory as read at one revision: immutable, so a reader sees one consistent state. */
public record Partners(long revision, Map<CarrierCode, Partner> byCode) {

    public static final Partners EMPTY = new Partners(-1, Map.of());

    public Partners {
        TreeMap<CarrierCode, Partner> sorted = new TreeMap<>(java.util.Comparator.comparing(CarrierCode::value));
        sorted.putAll(byCode);
        byCode = java.util.Collections.unmodifiableMap(sorted);
    }

    public Optional<Partner> find(CarrierCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(CarrierCode code) {
        return byCode.containsKey(code);
    }

    /** All partners, sorted by carrier code. */
    public Collection<Partner> all() {
        return byCode.values();
    }
}
