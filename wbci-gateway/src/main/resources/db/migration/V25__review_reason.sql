-- Why a request waits for a person, as a code the console and the API label (issue 14); the note keeps the detail.
-- Rows already in the review queue get the code their English note stood for.
ALTER TABLE vorabstimmung ADD COLUMN decision_reason VARCHAR(32);
UPDATE vorabstimmung SET decision_reason = 'SWITCHED_OFF', decision_note = NULL
    WHERE decision_status = 'REVIEW' AND decision_note = 'automatic decisions are switched off';
UPDATE vorabstimmung SET decision_reason = 'DECISION_FAILED', decision_note = SUBSTRING(decision_note, 28)
    WHERE decision_status = 'REVIEW' AND decision_note LIKE 'automatic decision failed: %';
UPDATE vorabstimmung SET decision_reason = 'CONTRACTS_AMBIGUOUS',
        decision_note = SUBSTRING(decision_note, 12, LENGTH(decision_note) - 18)
    WHERE decision_status = 'REVIEW' AND decision_note LIKE 'contracts [%] match';
UPDATE vorabstimmung SET decision_reason = 'CONTRACT_INCOMPLETE', decision_note = SUBSTRING(decision_note, 42)
    WHERE decision_status = 'REVIEW' AND decision_note LIKE 'the CRM has no earliest end for contract %';
UPDATE vorabstimmung SET decision_reason = 'ANSWER_REFUSED'
    WHERE decision_status = 'REVIEW' AND decision_reason IS NULL;
