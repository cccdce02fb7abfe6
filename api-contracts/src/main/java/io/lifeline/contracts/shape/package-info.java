/**
 * The shape rules every command and frame is checked against before it becomes an event: which
 * characters a text field may hold, and the exception that names the field at fault. Stored events
 * are never checked again, so a rule tightened here never makes an old event unreadable.
 */
package io.lifeline.contracts.shape;
