/**
 * The record of staff reading conversations (summary, timeline, events, time travel), kept beside
 * the audit history of events so admins see who looked, not only who acted. Written by the
 * controllers that serve those reads; depends on nothing else in the query side.
 */
package io.lifeline.query.readlog;
