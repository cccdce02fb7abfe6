/**
 * The data directory: one process owns it at a time (a file lock), it can be wiped for a fresh
 * start, and it says where PostgreSQL, Kafka, attachments and the secrets keep their files. JDK only.
 */
package io.lifeline.standalone.data;
