/**
 * How Axon builds a service's event processors: as Axon does, except that each processor's handler
 * invokers remember two answers that are fixed once the handlers are registered (whether they may be
 * reset, whether they take a payload type at all), which Axon asks again before every event each
 * processor handles. Depends on Axon's configuration only; a service imports {@link
 * io.lifeline.support.processing.RememberedHandlerChecks}.
 */
package io.lifeline.support.processing;
