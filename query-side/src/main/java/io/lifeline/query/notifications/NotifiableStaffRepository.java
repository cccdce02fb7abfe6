package io.lifeline.query.notifications;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Staff by id, by username, and those who handle conversations. */
interface NotifiableStaffRepository extends JpaRepository<NotifiableStaff, String> {

    Optional<NotifiableStaff> findByUsernameAndActiveTrue(String username);

    @Query("SELECT s FROM NotifiableStaff s WHERE s.active = TRUE AND s.role IN ('ADMIN', 'AGENT') ORDER BY s.staffId")
    List<NotifiableStaff> activeHandlers();
}
