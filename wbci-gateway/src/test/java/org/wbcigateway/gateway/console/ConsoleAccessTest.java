package org.wbcigateway.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The console's role decisions: viewers read, operators act, admins also audit; dev-open only without a user. */
class ConsoleAccessTest {

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
        ConsoleAccess access = new ConsoleAccess(false);
        assertThat(access.canAct(user("vera", "VIEWER"))).isFalse();
        assertThat(access.canAct(user("otto", "OPERATOR"))).isTrue();
        assertThat(access.isAdmin(user("otto", "OPERATOR"))).isFalse();
        assertThat(access.canAct(user("anna", "ADMIN"))).isTrue();
        assertThat(access.isAdmin(user("anna", "ADMIN"))).isTrue();
        assertThat(access.currentUser(user("otto", "OPERATOR"))).isEqualTo("otto");
    }

    @Test
    void devOpenLetsOnlyAnAnonymousRequestDoEverything() {
        assertThat(new ConsoleAccess(false).canAct(new MockHttpServletRequest())).isFalse();
        ConsoleAccess open = new ConsoleAccess(true);
        assertThat(open.canAct(new MockHttpServletRequest())).isTrue();
        assertThat(open.isAdmin(new MockHttpServletRequest())).isTrue();
        assertThat(open.canAct(user("vera", "VIEWER"))).as("a logged-in viewer stays a viewer").isFalse();
    }
}
