/**
 * Staff members as an aggregate: registration, role and password changes and deactivation, so every staff action
 * has an accountable actor. Depends only on {@code io.lifeline.contracts.actor}.
 */
package io.lifeline.contracts.staff;
