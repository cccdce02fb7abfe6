/**
 * Teams, routing rules, agents' capacity and availability, and the desk that seats conversations
 * with agents: its commands, its events (one stream, {@link DeskEvent}) and the reasons it records
 * for each automatic assignment. Depends only on {@code io.lifeline.contracts.actor},
 * {@code io.lifeline.contracts.conversation} and {@code io.lifeline.contracts.shape}.
 */
package io.lifeline.contracts.routing;
