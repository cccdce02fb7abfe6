package io.lifeline.query.notifications;

import org.springframework.data.jpa.repository.JpaRepository;

/** Conversations' assignees and joined staff, by conversation id. */
interface ConversationParticipantsRepository extends JpaRepository<ConversationParticipants, String> {}
