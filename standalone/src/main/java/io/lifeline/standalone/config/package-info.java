/**
 * How the standalone process shapes each Spring context that shares its one classpath: which
 * auto-configurations a context must not run, and that contexts starting together set up logging
 * one at a time. Depends on Spring Boot only.
 */
package io.lifeline.standalone.config;
