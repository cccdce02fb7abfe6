package io.lifeline.query.timeline;

import org.springframework.data.jpa.repository.JpaRepository;

/** Conversation headers by conversation id. */
interface ConversationSummaryRepository extends JpaRepository<ConversationSummary, String> {}
