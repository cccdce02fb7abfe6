/**
 * Who acts: devices (anonymous people known by a device id), staff members and system rules. Every
 * event carries its actor in Axon metadata under {@link io.lifeline.contracts.actor.Actor#METADATA_KEY}.
 */
package io.lifeline.contracts.actor;
