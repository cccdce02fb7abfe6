package io.lifeline.contracts.site;

/** What a pre-chat field asks for, so the widget offers the right input and keyboard. */
public enum PreChatFieldType { TEXT, EMAIL, PHONE }
