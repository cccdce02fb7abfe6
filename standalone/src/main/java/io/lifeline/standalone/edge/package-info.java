/**
 * The edge: the one client address, a reverse proxy that routes by path to the services with the
 * routes of the distributed deployment's proxy. Its own reactive Spring context built on Spring
 * Cloud Gateway, with one Netty handler in front of the gateway ({@code WebSocketRelay}): as the
 * distributed edge's nginx does, it relays a {@code /ws} WebSocket upgrade to the bridge as bytes,
 * no frame read at the edge; everything else passes it untouched to the gateway's routes. Depends
 * on {@code config} and on nothing of the services but their addresses.
 */
package io.lifeline.standalone.edge;
