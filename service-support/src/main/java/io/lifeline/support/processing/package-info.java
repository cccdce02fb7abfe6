/**
 * How Axon builds a service's event processors: as Axon does, except that each processor's handler
 * invokers answer whether they may be reset from what they answered the first time. Axon asks that
 * before every event each processor handles, twice, and the answer is fixed once the handlers are
 * registered. Depends on Axon's configuration only; a service imports {@link
 * io.lifeline.support.processing.RememberedResetSupport}.
 */
package io.lifeline.support.processing;
