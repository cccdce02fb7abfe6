package io.lifeline.query.cannedreplies;

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
        List<String> roles = caller.getClaimAsStringList("roles");
        return search.find(UUID.fromString(caller.getSubject()), roles != null && roles.contains("ADMIN"), q, limit);
    }
}
