-- The date a losing contract ends by the agreed switch (Wechseltermin); cleared when a Storno lifts it.
ALTER TABLE crm_contract ADD COLUMN termination_date DATE;
