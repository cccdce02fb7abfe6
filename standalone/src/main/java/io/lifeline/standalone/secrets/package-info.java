/**
 * The secrets a standalone Lifeline needs and nobody configured: the first admin's password and the
 * token signing key, generated once and kept in owner-only files of the data directory so that a
 * restart keeps every account and token valid. JDK only.
 */
package io.lifeline.standalone.secrets;
