/**
 * The stored and transmitted form of Lifeline's messages (JSON through Jackson 3) and the
 * identifiers Axon gives them, shared by every service that reads or writes the event store.
 * Depends only on Axon's serializer and Jackson.
 */
package io.lifeline.contracts.serialization;
