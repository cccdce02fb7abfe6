/**
 * Teams, routing rules, agents' capacity and availability, and auto-assignment: the {@code Desk}
 * aggregate (one stream, so every seat decision is made in one consistency boundary), the
 * {@code AutoAssignment} process manager that turns conversation events into desk commands and desk
 * decisions into conversation commands, and the admin and agent REST API. Depends on
 * {@code identity} to send commands as an actor, and the contracts.
 */
package io.lifeline.command.routing;
