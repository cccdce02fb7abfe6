/**
 * The staff console in a real browser against the standalone system: sign-in, the live inbox and a
 * conversation worked from start to resolution, driven through the page's own controls.
 */
package io.lifeline.standalone.console;
