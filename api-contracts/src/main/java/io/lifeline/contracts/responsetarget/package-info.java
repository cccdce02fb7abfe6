/**
 * Response targets (service levels): how soon a conversation of a priority and context must get its
 * first answer, each next answer and its resolution. Admins set them as data on one stream
 * ({@link ResponseTargetsEvent}); a conversation's own clocks and breaches are conversation events.
 * Depends only on {@code io.lifeline.contracts.conversation} and {@code io.lifeline.contracts.shape}.
 */
package io.lifeline.contracts.responsetarget;
