package org.wbcigateway.gateway.support;

/** The logins and API tokens every test gateway knows (src/test/resources/config/application.yaml). */
public final class TestAccess {

    public static final String ADMIN_TOKEN = "test-admin-token-0000000000";
    public static final String OPERATOR_TOKEN = "test-operator-token-00000000";
    public static final String VIEWER_TOKEN = "test-viewer-token-000000000";

    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";

    private TestAccess() {}

    public static String password(String user) {
        return user + "-secret";
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
