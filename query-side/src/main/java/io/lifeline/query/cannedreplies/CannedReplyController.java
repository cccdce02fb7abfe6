package io.lifeline.query.cannedreplies;

import io.lifeline.query.config.NotVisible;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The canned replies an agent or admin may use, searched by shortcut or text. */
@RestController
@Validated
@Tag(name = "Canned replies")
class CannedReplyController {
    private final CannedReplySearch search;

    CannedReplyController(CannedReplySearch search) {
        this.search = search;
    }

    @GetMapping("/api/query/canned-replies")
    @PreAuthorize("hasAnyRole('ADMIN', 'AGENT')")
    @Operation(summary = "The caller's canned replies and their teams', searched by shortcut or text",
            description = "Without `q`, all of them. With it, those whose shortcut starts with it come first, then those "
                    + "whose shortcut or text contains it (case-insensitive). Admins also see every team's. The text keeps its "
                    + "placeholders {agent.name} and {visitor.name}.")
    List<CannedReplyView> find(@RequestParam(required = false) String q,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
                               @AuthenticationPrincipal Jwt caller) {
        return search.find(UUID.fromString(caller.getSubject()), isAdmin(caller), q, limit);
    }

    /** A reply's text ready to send: the text with the caller's placeholders filled. */
    record FilledText(String text) {}

    @GetMapping("/api/query/canned-replies/{id}/text")
    @PreAuthorize("hasAnyRole('ADMIN', 'AGENT')")
    @Operation(summary = "A canned reply's text with {agent.name} filled with the caller's display name",
            description = "{visitor.name} stays for the client to fill where it knows the visitor's name (Lifeline keeps "
                    + "no visitor names). 404 not-found for a reply that is not there or not the caller's to use.")
    FilledText text(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
        return search.filledText(id, UUID.fromString(caller.getSubject()), isAdmin(caller)).map(FilledText::new)
                .orElseThrow(() -> new NotVisible("canned reply " + id));
    }

    private static boolean isAdmin(Jwt caller) {
        List<String> roles = caller.getClaimAsStringList("roles");
        return roles != null && roles.contains("ADMIN");
    }
}
