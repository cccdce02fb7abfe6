/**
 * The standalone process's options: command-line flags, the environment variables behind them,
 * their defaults and the help text. Depends on nothing but the JDK, so it is parsed before anything starts.
 */
package io.lifeline.standalone.options;
