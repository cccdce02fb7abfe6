/**
 * Conversations: the {@code Conversation} aggregate and its rules, starting and continuing
 * conversations, the look-up tables its handlers consult, and the REST commands for devices and
 * staff. Depends on {@code identity} and the contracts.
 */
package io.lifeline.command.conversation;
