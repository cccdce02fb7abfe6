package io.lifeline.command.responsetarget;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.autoreply.BusinessHours;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.conversation.ResponseTargetKind;
import io.lifeline.contracts.responsetarget.RemoveResponseTarget;
import io.lifeline.contracts.responsetarget.ResponseTargetScope;
import io.lifeline.contracts.responsetarget.SetResponseTarget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins set the response targets: how soon conversations of a priority and context are answered and resolved. */
@RestController
@Tag(name = "Response targets")
class ResponseTargetController {
    private final ActingGateway commands;

    ResponseTargetController(ActingGateway commands) {
        this.commands = commands;
    }

    /**
     * A target for conversations of a priority, in one context kind or (context left out) in every
     * context, counted in calendar time or (with {@code businessHours}) only while those hours are open.
     */
    record TargetRequest(@NotNull ResponseTargetKind kind, @NotNull Priority priority, ContextKind context,
                         @NotNull Duration within, BusinessHours businessHours) {}

    @PutMapping("/api/response-targets")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a response target (admin)",
            description = "`within` is an ISO-8601 duration from PT1S to P366D. FIRST_RESPONSE counts from a device "
                    + "starting a conversation to the first staff message, NEXT_RESPONSE from a device's message after "
                    + "staff answered to the next staff message, RESOLUTION from the start or a reopening to resolving "
                    + "or closing. A target for the conversation's context wins over one for every context. Clocks "
                    + "already running keep the target they started with; a miss is the event ResponseTargetMissed. "
                    + "With `businessHours` ({zone, open: [{day, from, to}], holidays: [dates]}) the target counts only "
                    + "open time: a clock started while closed begins at the next opening, nights, closed days and "
                    + "holidays do not count. Clocks keep running while a conversation is snoozed.")
    void set(@Valid @RequestBody TargetRequest request, Acting acting) {
        commands.send(new SetResponseTarget(new ResponseTargetScope(request.kind(), request.priority(), request.context()),
                request.within(), request.businessHours()), acting);
    }

    @DeleteMapping("/api/response-targets")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a response target (admin)",
            description = "Removing a target that is not set changes nothing. Clocks already running keep theirs.")
    void remove(@RequestParam ResponseTargetKind kind, @RequestParam Priority priority,
                @RequestParam(required = false) ContextKind context, Acting acting) {
        commands.send(new RemoveResponseTarget(new ResponseTargetScope(kind, priority, context)), acting);
    }
}
