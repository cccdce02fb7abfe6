/**
 * The command side: the application class; features live in sub-packages (conversation, staff,
 * identity) and technical wiring in {@code config}.
 */
package io.lifeline.command;
