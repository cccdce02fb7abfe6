/**
 * Technical wiring only: Axon on PostgreSQL, security, OpenAPI and problem details. Holds no
 * business rules; may depend on every feature package to wire it.
 */
package io.lifeline.command.config;
