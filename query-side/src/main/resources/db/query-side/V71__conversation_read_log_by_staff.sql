-- Who read what, one staff member at a time (GET /api/query/audit/reads?staffId=).
CREATE INDEX conversation_read_log_by_staff ON read_model.conversation_read_log (staff_id, id);
