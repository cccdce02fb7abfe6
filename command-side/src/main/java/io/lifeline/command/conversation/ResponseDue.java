package io.lifeline.command.conversation;

import io.lifeline.contracts.conversation.ResponseTargetKind;

/** A response deadline's payload: the clock's kind and the sequence of the event that started it, so a clock started again ignores it. */
record ResponseDue(ResponseTargetKind kind, long startedAt) {}
