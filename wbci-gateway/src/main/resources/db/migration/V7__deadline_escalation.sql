-- Escalation of overdue deadlines (L1-L3 by working days overdue); the scan reads open rows by due date.
ALTER TABLE deadline ADD COLUMN escalation_level VARCHAR(4) DEFAULT 'NONE' NOT NULL;
ALTER TABLE deadline ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX deadline_open_due ON deadline (closed_at, due);
