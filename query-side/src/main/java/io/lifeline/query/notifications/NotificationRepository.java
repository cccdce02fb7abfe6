package io.lifeline.query.notifications;

import org.springframework.data.jpa.repository.JpaRepository;

/** The projection's notification rows; reading them with their read marks is {@link NotificationInbox}'s job. */
interface NotificationRepository extends JpaRepository<Notification, String> {}
