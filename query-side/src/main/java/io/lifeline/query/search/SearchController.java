package io.lifeline.query.search;

import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationStatus;
import io.lifeline.contracts.conversation.Priority;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff search over what was written in conversations, with the inbox's filters. */
@RestController
@Validated
@Tag(name = "Search")
class SearchController {
    private final SearchRepository search;

    SearchController(SearchRepository search) {
        this.search = search;
    }

    record SearchPage(List<SearchHit> hits, String next) {}

    @GetMapping("/api/query/search")
    @PreAuthorize("hasAnyRole('ADMIN', 'AGENT', 'ANALYST')")
    @Operation(summary = "Messages matching a web-search style query, best first, with a snippet",
            description = "q: words, \"a phrase\", or, -excluded. Filters as in the inbox (assignee = staff id or 'none', "
                    + "mine=true). The snippet is HTML-escaped text with matches in <b>. Page with cursor = next.")
    SearchPage search(@RequestParam @NotBlank @Size(max = 500) String q,
                      @RequestParam(required = false) ConversationStatus status,
                      @RequestParam(required = false) Priority priority,
                      @RequestParam(required = false) Channel channel,
                      @RequestParam(required = false) ContextKind context,
                      @RequestParam(required = false) String assignee,
                      @RequestParam(defaultValue = "false") boolean mine,
                      @RequestParam(required = false) String label,
                      @RequestParam(required = false) String cursor,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
                      @AuthenticationPrincipal Jwt caller) {
        SearchFilter filter = SearchFilter.of(status, priority, channel, context, assignee, mine, caller.getSubject(), label);
        List<SearchRepository.Row> rows = search.search(q, filter, cursor == null ? null : SearchCursor.decode(cursor), limit);
        String next = rows.size() == limit ? rows.get(rows.size() - 1).cursor().encode() : null;
        return new SearchPage(rows.stream().map(SearchRepository.Row::hit).toList(), next);
    }
}
