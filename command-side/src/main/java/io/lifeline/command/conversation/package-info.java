/**
 * Conversations: the {@code Conversation} aggregate and its rules, starting and continuing
 * conversations, the look-up tables its handlers consult, the REST commands for devices and
 * staff, and the ports other features plug into (who may share and see files, which attachments
 * were uploaded). Depends on {@code identity} and the contracts.
 */
package io.lifeline.command.conversation;
