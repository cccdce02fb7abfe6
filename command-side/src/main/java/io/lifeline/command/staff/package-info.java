/**
 * Staff accounts: the {@code StaffMember} aggregate, registration with credentials kept out of
 * events, the account look-up, sign-in, the first admin, and the admin REST API. Depends on
 * {@code identity}, on {@code conversation} only to answer its {@code StaffDirectory}, and the contracts.
 */
package io.lifeline.command.staff;
