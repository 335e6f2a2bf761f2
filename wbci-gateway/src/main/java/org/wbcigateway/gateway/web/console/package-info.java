/**
 * The operator console (server-side pages: Thymeleaf templates in {@code resources/templates/console}, labels in
 * {@code i18n/}): dashboard, search, the detail page with its action forms, work lists, partners, contracts. It calls
 * the same use cases and read models as the REST API and never the API itself.
 */
package org.wbcigateway.gateway.web.console;
