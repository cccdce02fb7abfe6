package io.lifeline.query.processors;

/** Asked for a processor (projection) that does not exist. */
public class UnknownProcessor extends RuntimeException {
    UnknownProcessor(String name) {
        super("no processor named " + name, null, false, false);
    }
}
