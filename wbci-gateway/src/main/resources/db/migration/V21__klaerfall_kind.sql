-- A Klärfall is a kind (KlaerfallKind) and the detail of its occurrence, no longer a flag and a reason text that code
-- matched by its ending (issue 13). Rows flagged before get the kind their reason names; the reason is their detail.
ALTER TABLE vorabstimmung ADD COLUMN klaerfall_kind VARCHAR(32);
UPDATE vorabstimmung SET klaerfall_kind = CASE
        WHEN klaerfall_reason LIKE 'AKM-TR technically refused by the partner%' THEN 'AKM_TR_TECHNICALLY_REFUSED'
        WHEN klaerfall_reason LIKE '%take-over refused, a corrected AKM-TR may follow' THEN 'TAKE_OVER_REFUSED'
        WHEN klaerfall_reason LIKE '%technically refused by the partner with TEQ%' THEN 'MESSAGE_TECHNICALLY_REFUSED'
        ELSE 'MELDUNG_BREAKS_RULE' END
    WHERE klaerfall = TRUE;
ALTER TABLE vorabstimmung RENAME COLUMN klaerfall_reason TO klaerfall_detail;
UPDATE vorabstimmung SET klaerfall_detail = COALESCE(klaerfall_detail, '') WHERE klaerfall_kind IS NOT NULL;
UPDATE vorabstimmung SET klaerfall_detail = NULL WHERE klaerfall_kind IS NULL;
ALTER TABLE vorabstimmung DROP COLUMN klaerfall;
CREATE INDEX vorabstimmung_klaerfall ON vorabstimmung (klaerfall_kind);
