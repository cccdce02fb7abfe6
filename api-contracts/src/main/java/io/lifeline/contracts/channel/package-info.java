/**
 * The command channel between the WebSocket bridge and the command side: a client's command frame
 * with the caller the bridge verified at the handshake ({@link ForwardedFrame}, on
 * {@code lifeline.commands}, keyed by conversation), and its answer ({@link ChannelReply}, on
 * {@code lifeline.command-replies}). Depends on the protocol frames and conversation types only.
 */
package io.lifeline.contracts.channel;
