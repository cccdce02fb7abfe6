/**
 * The embedded PostgreSQL server (zonky's binaries) whose files live in the data directory and
 * survive restarts, and the {@code lifeline} database all services share. Depends on zonky and JDBC.
 */
package io.lifeline.standalone.postgres;
