-- Indexes for the queries that run for every inbound message, so their cost does not grow with the history (issue 13).
-- FollowUpRepository.candidates: voided Vorabstimmungen of one partner and role awaiting a follow-up VA. With only
-- (partner) and (phase) to choose from, PostgreSQL took the partner index when its statistics lagged behind a growing
-- table and read every Vorabstimmung of that partner for each incoming VA.
CREATE INDEX vorabstimmung_follow_up ON vorabstimmung (phase, partner, own_role);
-- DecisionRepository.lockPending: the oldest PENDING decisions, read in index order instead of sorted.
CREATE INDEX vorabstimmung_decision_queue ON vorabstimmung (decision_status, created_at);
DROP INDEX vorabstimmung_decision;
