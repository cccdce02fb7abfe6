package io.lifeline.contracts.cannedreply;

/** Everything that can happen to a canned reply; each is a fact in the past tense. */
public sealed interface CannedReplyEvent permits CannedReplyCreated, CannedReplyChanged, CannedReplyRemoved {
    CannedReplyId id();
}
