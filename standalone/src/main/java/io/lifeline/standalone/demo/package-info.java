/**
 * The demo website of the standalone mode: the sample site {@code demo} (configured through the
 * REST API as the admin on first start, so it is an ordinary, audited site) whose widget the page
 * at {@code /demo} shows. Depends on nothing of the services but their addresses.
 */
package io.lifeline.standalone.demo;
