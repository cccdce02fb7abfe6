/**
 * Receipts ({@code delivered}, {@code read}) held for a short window per connection and
 * conversation, so that a client marking messages one by one costs the command side one command
 * per window instead of one per frame. Depends on commands, connection and upstream.
 */
package io.lifeline.bridge.receipts;
