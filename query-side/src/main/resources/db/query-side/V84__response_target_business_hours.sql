-- A target counted in business hours lists them (processing group "response-targets"): JSON of
-- io.lifeline.contracts.autoreply.BusinessHours, NULL for calendar time. Rows written before this
-- script get it at the next rebuild of "response-targets" (targets set before it had none).
ALTER TABLE response_target ADD COLUMN business_hours TEXT;
