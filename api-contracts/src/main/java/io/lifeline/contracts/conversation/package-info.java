/**
 * A conversation's whole life as commands, events and results: started by a device or by staff,
 * messages and private notes, delivery and read positions, participants, priority, snooze,
 * resolution, closing, labels, and the response targets counting for it. Depends only on {@code io.lifeline.contracts.actor}.
 */
package io.lifeline.contracts.conversation;
