-- Indexes for the queries that run for every message or every outbox batch, so that their cost does not grow with the
-- history or the backlog (issue 13, PerMessageQueryPlanTest). Each was found in a benchmark on a table whose
-- statistics lagged behind its growth (or had none yet), where PostgreSQL's estimate made it read everything.
-- FollowUpRepository.candidates: voided Vorabstimmungen of one partner and role awaiting a follow-up VA. With only
-- (partner) and (phase) to choose from it combined both and read an index entry per Vorabstimmung of that partner.
CREATE INDEX vorabstimmung_follow_up ON vorabstimmung (phase, partner, own_role);
-- DecisionRepository.lockPending: the oldest PENDING decisions, read in index order instead of sorted.
CREATE INDEX vorabstimmung_decision_queue ON vorabstimmung (decision_status, created_at);
DROP INDEX vorabstimmung_decision;
-- OutboxRepository.lockDue: due heads, longest-waiting first, read in index order up to the batch size; by id alone
-- every due entry was read, checked and sorted for each batch.
DROP INDEX outbox_due;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at, id);
