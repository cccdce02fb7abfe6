package io.lifeline.command.conversation;

import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.conversation.ResponseTargetKind;
import java.util.Optional;

/** Tells a conversation the response targets admins set: the one for its own context, else the one for every context. */
public interface ResponseTargetBook {
    Optional<ResponseTarget> find(ResponseTargetKind kind, Priority priority, ContextKind context);
}
