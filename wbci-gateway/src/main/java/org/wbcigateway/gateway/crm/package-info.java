/**
 * The CRM side: the {@link org.wbcigateway.gateway.crm.CrmPort} with its adapters (the built-in tables, or a foreign
 * CRM read by SQL), the links between contracts and Vorabstimmungen, contract search and the contract import from
 * CSV or JSON. Adapters and import only: what the gateway does with the data lives in {@code actions} and
 * {@code decisions}.
 */
package org.wbcigateway.gateway.crm;
