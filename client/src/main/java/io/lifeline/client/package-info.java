/**
 * A Java client for the bridge's WebSocket protocol ({@code docs/asyncapi.yaml}): it connects with a
 * bearer token, subscribes to conversations and resumes them after every reconnect from the last
 * sequence it handed on, drops duplicates, and resends unacknowledged messages under their client id
 * until the bridge acknowledges them. {@link io.lifeline.client.LifelineClient} and
 * {@link io.lifeline.client.ClientListener} are the API; everything else is package-private. Depends
 * only on the protocol records of {@code api-contracts}, Jackson and the JDK's
 * {@link java.net.http.WebSocket}.
 */
package io.lifeline.client;
