-- The webhook a tenant's event feed is pushed to, by its name under wbci.events.webhooks (issue 15); NULL: none
-- (the configured tenant: wbci.events.webhook as configured).
ALTER TABLE tenant ADD COLUMN webhook VARCHAR(64);
