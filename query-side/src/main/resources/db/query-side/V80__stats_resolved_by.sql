-- Who resolved each cycle (the staff member whose ConversationResolved it was; null when a device or
-- an automation resolved it), for resolution times per agent. Cycles recorded before this script
-- get it at the next rebuild of the "stats" processor.
ALTER TABLE stats_cycle ADD COLUMN resolved_by UUID;
CREATE INDEX stats_cycle_by_resolver ON stats_cycle (resolved_by, started_at) WHERE resolved_by IS NOT NULL;
