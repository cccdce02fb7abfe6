/**
 * Automated replies: the {@code AutoReplies} aggregate (the rules as data, one audited stream), the
 * admin REST API, the look-up table of the rules, and the {@code AutomatedReplying} process manager
 * that turns a device's messages and a conversation's queueing into {@code SendAutomatedReply}
 * commands. Depends on {@code identity} to send commands as an actor, and the contracts.
 */
package io.lifeline.command.autoreply;
