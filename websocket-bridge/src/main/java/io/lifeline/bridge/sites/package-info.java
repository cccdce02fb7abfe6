/**
 * The origins each website's widget may run on, as the query side publishes them in the site's
 * public widget settings, kept for a short while: what the handshake and every request of a site's
 * visitors are checked against. Depends on the bridge's settings and the shared origin checks.
 */
package io.lifeline.bridge.sites;
