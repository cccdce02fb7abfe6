package io.lifeline.query.autoreplies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The automated-reply rules in force, for admins who keep them and analysts who read what they wrote. */
@RestController
@Tag(name = "Automated replies")
class AutoReplyController {
    private final AutoReplyRepository rules;

    AutoReplyController(AutoReplyRepository rules) {
        this.rules = rules;
    }

    @GetMapping("/api/query/auto-replies")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "Every automated-reply rule in force, with its business hours (admins, analysts)",
            description = "Each rule's `ruleId`, `trigger` (GREETING, KEYWORD, AWAY, BUSY), `order` among rules of its "
                    + "trigger, `pattern` (keyword rules, else null), `hours` (away rules: `{zone, open: [{day, from, to}], "
                    + "holidays: [date]}`, else null) and `text`; by trigger, then in the order they are tried (ties in the "
                    + "order they were created). Removed rules are not listed. Admins keep them with POST, PUT and "
                    + "DELETE /api/auto-replies.")
    List<AutoReplyRuleView> all() {
        return rules.all();
    }
}
