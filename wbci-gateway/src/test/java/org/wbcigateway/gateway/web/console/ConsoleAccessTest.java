package org.wbcigateway.gateway.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.wbcigateway.gateway.platform.access.AccessProperties;
import org.wbcigateway.gateway.platform.access.ConsoleUsers;
import org.wbcigateway.gateway.platform.access.LoginAttempts;
import org.wbcigateway.gateway.platform.access.Role;

/** The console's role decisions: viewers read, operators act, admins also audit; nobody without a login. */
class ConsoleAccessTest {

    private final ConsoleAccess access = new ConsoleAccess(new ConsoleUsers(
            Map.of("otto", new AccessProperties.User("{noop}x", Role.OPERATOR, "Otto Operator", null)),
            new LoginAttempts(Set.of("otto"), 5, Duration.ofMinutes(5), Clock.systemUTC())));

    private static MockHttpServletRequest user(String name, String... roles) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setUserPrincipal(() -> name);
        for (String role : roles) {
            request.addUserRole(role);
        }
        return request;
    }

    @Test
    void rolesDecideWhoMayActAndWhoIsAdmin() {
        assertThat(access.canAct(user("vera", "VIEWER"))).isFalse();
        assertThat(access.canAct(user("otto", "OPERATOR"))).isTrue();
        assertThat(access.isAdmin(user("otto", "OPERATOR"))).isFalse();
        assertThat(access.canAct(user("anna", "ADMIN"))).isTrue();
        assertThat(access.isAdmin(user("anna", "ADMIN"))).isTrue();
        assertThat(access.currentUser(user("otto", "OPERATOR"))).isEqualTo("otto");
        assertThat(access.displayName(user("otto", "OPERATOR"))).isEqualTo("Otto Operator");
        assertThat(access.displayName(user("vera", "VIEWER")))
                .as("no configured name")
                .isEqualTo("vera");
    }

    @Test
    void withoutALoginNothingIsAllowed() {
        assertThat(access.canAct(new MockHttpServletRequest())).isFalse();
        assertThat(access.isAdmin(new MockHttpServletRequest())).isFalse();
        assertThat(access.currentUser(new MockHttpServletRequest())).isEqualTo("anonymous");
    }
}
