package org.wbcigateway.gateway.platform.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;

/**
 * An EKP this installation serves.
 *
 * @param id                 its name here: the key of the registry, of its users and of the {@code Wbci-Tenant}
 *                           header; its carrier code unless it shares that code with other tenants (ADR 0015)
 * @param code               its carrier code: the Empfänger of the messages routed to it, the prefix of its IDs
 * @param schema             the database schema of its tables
 * @param portierungskennung its Portierungskennung (PKIauf as EKPauf, PKIabg as EKPabg)
 * @param bundesland         its Bundesland: its holidays are no working days for what it owes and what it judges
 * @param idSlot             the first of the nine characters of every ID it issues, unique among the tenants of its
 *                           code (0–35, written 0–9, A–Z)
 * @param settings           what it decides and escalates differently from the configuration
 */
public record Tenant(
        String id,
        CarrierCode code,
        String schema,
        Portierungskennung portierungskennung,
        Bundesland bundesland,
        int idSlot,
        TenantSettings settings) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    /** The number of ID slots per carrier code: the characters an ID's nine may start with. */
    public static final int SLOTS = 36;

    public Tenant {
        requireId(id);
        Objects.requireNonNull(code, "code");
        Schemas.requireName(schema);
        Objects.requireNonNull(portierungskennung, "portierungskennung");
        Objects.requireNonNull(bundesland, "bundesland");
        if (idSlot < 0 || idSlot >= SLOTS) {
            throw new IllegalArgumentException("an ID slot is 0 to " + (SLOTS - 1) + ": " + idSlot);
        }
        Objects.requireNonNull(settings, "settings");
    }

    /** A tenant with everything as configured. */
    public Tenant(
            String id,
            CarrierCode code,
            String schema,
            Portierungskennung portierungskennung,
            Bundesland bundesland,
            int idSlot) {
        this(id, code, schema, portierungskennung, bundesland, idSlot, TenantSettings.AS_CONFIGURED);
    }

    public Tenant withSettings(TenantSettings changed) {
        return new Tenant(id, code, schema, portierungskennung, bundesland, idSlot, changed);
    }

    /** A tenant id as given, if it is one (letters, digits, '.', '_', '-'; up to 32, not starting with a sign). */
    public static String requireId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "not a tenant id (up to 32 letters, digits, '.', '_' or '-', starting with a letter or digit): "
                            + id);
        }
        return id;
    }

    /** The character its IDs start with. */
    public char idSlotCharacter() {
        return Character.toUpperCase(Character.forDigit(idSlot, SLOTS));
    }
}
