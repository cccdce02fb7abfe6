/**
 * The files browsers load from the bridge: the JavaScript client under {@code /client/}, one stable
 * URL for the staff console and the website widget alike, packed from the repository's
 * {@code clients/js} as resources (no Node build); the staff console under {@code /console/}, packed
 * from {@code clients/console}, with its libraries from WebJars. Public and read-only; answered with validators
 * so a browser revalidates instead of downloading again. Depends on nothing else in the bridge.
 */
package io.lifeline.bridge.browserfiles;
