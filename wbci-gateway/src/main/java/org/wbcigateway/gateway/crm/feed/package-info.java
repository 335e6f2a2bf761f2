/**
 * The CRM event feed: the WBCI events of each contract's timeline, read by pull (cursor per consumer) or pushed to
 * webhooks.
 */
package org.wbcigateway.gateway.crm.feed;
