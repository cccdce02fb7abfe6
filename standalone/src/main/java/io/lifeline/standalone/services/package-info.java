/**
 * The three Lifeline services, each started as its own Spring Boot context from its own
 * application class and {@code <name>.yml}, on a free loopback port, with the standalone process's
 * database, broker and secrets passed as command-line arguments. Depends on the service modules'
 * application classes and on {@code config}.
 */
package io.lifeline.standalone.services;
