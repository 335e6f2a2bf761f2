/**
 * How long personal data is kept: the {@link org.wbcigateway.gateway.platform.config.DataClass}es with their
 * periods, and the {@link org.wbcigateway.gateway.platform.retention.RetentionJob} that deletes or empties what is
 * due, on every node, one node per class and schema at a time.
 */
package org.wbcigateway.gateway.platform.retention;
