package io.lifeline.contracts.shape;

import java.util.Objects;

/** Input that breaks a shape rule, naming the field at fault so a client can point at it. */
public class InvalidField extends IllegalArgumentException {
    private final String field;
    private final String problem;

    public InvalidField(String field, String problem) {
        super(field + ": " + problem);
        this.field = Objects.requireNonNull(field, "field");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
