-- A target counted in business hours keeps them here as JSON (io.lifeline.contracts.autoreply.BusinessHours);
-- NULL counts calendar time, as every target set before this script did.
ALTER TABLE response_target ADD COLUMN business_hours TEXT;
