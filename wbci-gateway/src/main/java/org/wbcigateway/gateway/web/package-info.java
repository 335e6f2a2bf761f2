/**
 * Web plumbing shared by the REST API and the console (request size limit, cached request bodies, the CSV download of
 * overdue items). {@code web.api} and {@code web.console} call the same use cases and read models and never each
 * other.
 */
package org.wbcigateway.gateway.web;
