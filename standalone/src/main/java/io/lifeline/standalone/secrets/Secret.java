package io.lifeline.standalone.secrets;

import java.nio.file.Path;

/**
 * A secret kept in a file.
 *
 * @param generated whether this start created it, so it may be shown once
 */
public record Secret(String value, Path file, boolean generated) {
    @Override
    public String toString() {
        return "Secret[" + file + "]"; // never the value: records print their fields in logs
    }
}
