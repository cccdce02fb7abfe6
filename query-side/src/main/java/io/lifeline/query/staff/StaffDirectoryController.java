package io.lifeline.query.staff;

import io.lifeline.query.config.NotVisible;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The staff directory: colleagues' names and roles for staff, the accounts' details for admins. */
@RestController
@Tag(name = "Staff")
@PreAuthorize("hasAnyRole('ADMIN', 'AGENT', 'ANALYST')")
class StaffDirectoryController {
    private final StaffDirectoryRepository directory;

    StaffDirectoryController(StaffDirectoryRepository directory) {
        this.directory = directory;
    }

    @GetMapping("/api/query/staff")
    @Operation(summary = "Every staff member: id, display name, role and whether the account is active",
            description = "Active staff first, then by display name. Admins also see each account's username and when it "
                    + "was registered, deactivated and last given a password; for everyone else those are null.")
    List<StaffMemberView> staff(Authentication caller) {
        boolean admin = isAdmin(caller);
        return directory.all().stream().map(member -> admin ? member : member.forColleague()).toList();
    }

    @GetMapping("/api/query/staff/{staffId}")
    @Operation(summary = "One staff member, as in the list", description = "404 if there is no such staff member.")
    StaffMemberView member(@PathVariable UUID staffId, Authentication caller) {
        StaffMemberView member = directory.one(staffId).orElseThrow(() -> new NotVisible("staff member " + staffId));
        return isAdmin(caller) ? member : member.forColleague();
    }

    private static boolean isAdmin(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }
}
