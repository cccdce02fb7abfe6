/**
 * Staff sessions: what a sign-in opens (a short-lived access token and a single-use refresh token,
 * rotated on every refresh), refresh and logout, revocation (by logout, by a refresh token used
 * twice, and of every session when an account is deactivated or its role or password changes), and
 * publishing revocations to Kafka so that every service refuses the tokens at once. Depends on
 * {@code identity} and the contracts.
 */
package io.lifeline.command.session;
