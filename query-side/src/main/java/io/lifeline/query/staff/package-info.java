/**
 * The staff directory: every staff account (id, username, display name, role, whether it is
 * active) kept from the staff members' events, so staff see their colleagues' names and admins
 * manage accounts. Depends on the contracts and the query side's configuration.
 */
package io.lifeline.query.staff;
