/**
 * The command channel from the WebSocket bridge: client frames forwarded on Kafka with the caller
 * the bridge verified, carried out as the REST API would carry them out, and answered on the reply
 * topic. Depends on the conversation feature's frame handling and on identity.
 */
package io.lifeline.command.channel;
