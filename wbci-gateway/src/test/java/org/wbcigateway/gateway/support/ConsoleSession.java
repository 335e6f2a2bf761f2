package org.wbcigateway.gateway.support;

import com.microsoft.playwright.Page;

/** How a browser test gets into a gateway's operator console. */
public final class ConsoleSession {

    private ConsoleSession() {
    }

    /**
     * Logs in and lands on the dashboard. Until the console has form login (the gateways under test run with
     * {@code wbci.console.dev-open=true}), this only opens {@code /console}; the real login replaces this body.
     */
    public static void login(Page page, Gateway gateway, String username, String password) {
        page.navigate(gateway.baseUrl() + "/console");
    }
}
