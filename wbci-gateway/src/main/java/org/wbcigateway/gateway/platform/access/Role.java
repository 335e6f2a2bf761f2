package org.wbcigateway.gateway.platform.access;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who may do what: a VIEWER reads, an OPERATOR also acts (sends WBCI messages, re-sends dead letters, changes CRM
 * data), an ADMIN also reads the audit log and manages the partner directory. Each role carries the authorities of
 * the roles below it.
 */
public enum Role {
    VIEWER,
    OPERATOR,
    ADMIN;

    public List<GrantedAuthority> authorities() {
        return java.util.Arrays.stream(values())
                .filter(r -> r.ordinal() <= ordinal())
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }
}
