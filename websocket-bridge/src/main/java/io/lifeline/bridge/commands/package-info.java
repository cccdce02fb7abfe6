/**
 * Client commands (send, delivered, read, and the staff typing check) forwarded to the command side
 * on the Kafka command channel with the caller verified at the handshake, answered with
 * acknowledgements or error codes (a send that stores a new message by its own event on the stream,
 * everything else by a reply); and when this bridge reads those answers. Depends on connection
 * and on upstream's two failures.
 */
package io.lifeline.bridge.commands;
