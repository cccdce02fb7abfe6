package io.lifeline.command.conversation;

import io.lifeline.contracts.actor.StaffId;

/** The answer deadline's payload: the agent and the sequence of the assignment it checks, so a later assignment ignores it. */
record AnswerDue(StaffId assignee, long assignedAt) {}
