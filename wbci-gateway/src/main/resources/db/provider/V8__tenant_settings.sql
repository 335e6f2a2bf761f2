-- What a tenant decides and escalates differently from the installation's configuration (issue 15); NULL: as
-- configured (wbci.decision.*, wbci.deadlines.escalation.*). crm_source: the name of a CRM adapter configured under
-- wbci.crm.sources; NULL: the built-in CRM tables of the tenant's schema (the first tenant: wbci.crm as configured).
ALTER TABLE tenant ADD COLUMN decision_mode VARCHAR(16);
ALTER TABLE tenant ADD COLUMN projektkenner VARCHAR(1000);
ALTER TABLE tenant ADD COLUMN escalation VARCHAR(200);
ALTER TABLE tenant ADD COLUMN crm_source VARCHAR(64);
