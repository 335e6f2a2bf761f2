-- The new VA after the ERLM to a Storno-Aenderung follows up the voided Vorabstimmung (ADR 0003). On the follow-up:
-- which one it follows up and how its arrival met that one's NEW_VA deadline (IN_TIME, TOO_EARLY = refused,
-- TOO_LATE); on the voided one: the accepted follow-up.
ALTER TABLE vorabstimmung ADD COLUMN vorgaenger_va_id VARCHAR(24);
ALTER TABLE vorabstimmung ADD COLUMN new_va_arrival VARCHAR(16);
ALTER TABLE vorabstimmung ADD COLUMN folge_va_id VARCHAR(24);
CREATE INDEX vorabstimmung_vorgaenger ON vorabstimmung (vorgaenger_va_id);
-- A cancelled or voided Vorabstimmung owes no AKM-TR any more (a confirmed take-over stays on record).
UPDATE vorabstimmung SET akm_tr = 'NOT_APPLICABLE'
WHERE phase IN ('CANCELLED', 'NEW_VA') AND akm_tr IN ('AWAITED', 'REJECTED');
