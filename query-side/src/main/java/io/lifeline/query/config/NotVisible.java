package io.lifeline.query.config;

/**
 * Asked for something that does not exist or that the caller may not see: both answer 404 alike,
 * so ids of other people's conversations never leak.
 */
public class NotVisible extends RuntimeException {
    public NotVisible(String what) {
        super("no " + what, null, false, false);
    }
}
