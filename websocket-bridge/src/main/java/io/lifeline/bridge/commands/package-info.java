/**
 * Client commands (send, delivered, read) forwarded to the command side as the client, answered
 * with acknowledgements or error codes. Depends on connection and upstream.
 */
package io.lifeline.bridge.commands;
