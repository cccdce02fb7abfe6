/**
 * The edge: the one client address, a reverse proxy that routes by path to the services with the
 * routes of the distributed deployment's proxy. Its own reactive Spring context built on Spring
 * Cloud Gateway; depends on {@code config} and on nothing of the services but their addresses.
 */
package io.lifeline.standalone.edge;
