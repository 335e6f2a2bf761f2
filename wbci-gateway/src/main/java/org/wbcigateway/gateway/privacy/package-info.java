/**
 * A customer's rights over their data (DSGVO Art. 15, 17): finding everything the tenant holds about one customer
 * from a contract, a Vorabstimmungs-ID or a phone number, and exporting it.
 */
package org.wbcigateway.gateway.privacy;
