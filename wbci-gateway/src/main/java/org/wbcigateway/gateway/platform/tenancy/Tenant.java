package org.wbcigateway.gateway.platform.tenancy;

import java.util.Objects;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;

/**
 * An EKP this installation serves.
 *
 * @param code               its carrier code: the Empfänger of the messages routed to it, the prefix of its IDs
 * @param schema             the database schema of its tables
 * @param portierungskennung its Portierungskennung (PKIauf as EKPauf, PKIabg as EKPabg)
 * @param bundesland         its Bundesland: its holidays are no working days for what it owes and what it judges
 */
public record Tenant(CarrierCode code, String schema, Portierungskennung portierungskennung, Bundesland bundesland) {

    public Tenant {
        Objects.requireNonNull(code, "code");
        Schemas.requireName(schema);
        Objects.requireNonNull(portierungskennung, "portierungskennung");
        Objects.requireNonNull(bundesland, "bundesland");
    }
}
