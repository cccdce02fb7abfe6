-- A reply must name a message of its own conversation: found by message id within the conversation.
CREATE INDEX client_message_key_message ON client_message_key (conversation_id, message_id);
