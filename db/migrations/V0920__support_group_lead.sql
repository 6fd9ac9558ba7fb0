-- The agent a group's breached tickets are escalated to.
ALTER TABLE support_group ADD COLUMN lead_id BIGINT NULL;
