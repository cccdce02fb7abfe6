/**
 * Calls to the query side on a client's behalf, with the client's own token, and the translation of
 * its problem details into protocol error codes; the two failures every call for a client ends in
 * (refused, or unavailable), the command channel's too. Depends on nothing else in the bridge.
 */
package io.lifeline.bridge.upstream;
