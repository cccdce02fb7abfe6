package io.lifeline.query.config;

/**
 * A request parameter that is not valid: answered 400 {@code invalid-request} with a detail that
 * names the parameter and says what is wrong ("parameter 'cursor' must be the 'next' of a previous
 * page"), so a caller never has to guess which of its parameters was refused.
 */
public class InvalidParameter extends IllegalArgumentException {
    private final String parameter;

    /** {@code problem} completes the sentence "parameter 'name' ...". */
    public InvalidParameter(String parameter, String problem) {
        super("parameter '" + parameter + "' " + problem);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
