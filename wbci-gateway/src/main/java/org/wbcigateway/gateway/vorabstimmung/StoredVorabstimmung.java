package org.wbcigateway.gateway.vorabstimmung;

import org.wbcigateway.domain.vorabstimmung.Vorabstimmung;

/** A Vorabstimmung as stored: its row, and the domain's aggregate built from it. */
public record StoredVorabstimmung(VorabstimmungRecord row, Vorabstimmung aggregate) {}
