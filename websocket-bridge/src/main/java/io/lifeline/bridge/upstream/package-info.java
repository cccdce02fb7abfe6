/**
 * Calls to the command and query sides on a client's behalf, with the client's own token, and the
 * translation of their problem details into protocol error codes. Depends on nothing else in the
 * bridge.
 */
package io.lifeline.bridge.upstream;
