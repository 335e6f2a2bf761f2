package org.wbcigateway.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;

/** How a browser test gets into a gateway's operator console: through its login form, like a person. */
public final class ConsoleSession {

    private ConsoleSession() {}

    /** Logs in through the form and lands on the dashboard; fails if the login is refused. */
    public static void login(Page page, Gateway gateway, String username, String password) {
        page.navigate(gateway.baseUrl() + "/console");
        assertThat(page.url()).as("the console asks who you are").endsWith("/console/login");
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill(password);
        page.waitForNavigation(() -> page.getByTestId("login-submit").click());
        // back to the page first asked for (Spring Security marks it "?continue")
        assertThat(page.url()).as("logged in as " + username).matches(".*/console(\\?continue)?$");
    }

    /** Logs in as one of the test users (see {@link TestAccess}). */
    public static void login(Page page, Gateway gateway, String user) {
        login(page, gateway, user, TestAccess.password(user));
    }
}
