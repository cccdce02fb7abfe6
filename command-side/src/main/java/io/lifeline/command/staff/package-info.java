/**
 * Staff accounts: the {@code StaffMember} aggregate, registration with credentials kept out of
 * events, the password rules, the account look-up, sign-in with its throttling of repeated failures (per username and address),
 * password changes, the first admin, accounts for staff an external identity provider vouches for,
 * and the admin REST API. Depends on {@code identity}, on {@code session} to open sessions, on
 * {@code conversation} only to answer its {@code StaffDirectory}, and the contracts.
 */
package io.lifeline.command.staff;
