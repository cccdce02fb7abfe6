/** Services started for tests need the same outside world: a Kafka broker and an identity provider. */
package io.lifeline.testsupport;
