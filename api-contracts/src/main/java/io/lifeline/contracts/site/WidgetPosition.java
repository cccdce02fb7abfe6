package io.lifeline.contracts.site;

/** The corner of the host page the widget's launcher sits in. */
public enum WidgetPosition { BOTTOM_RIGHT, BOTTOM_LEFT }
