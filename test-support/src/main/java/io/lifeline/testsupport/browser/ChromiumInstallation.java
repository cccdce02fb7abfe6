package io.lifeline.testsupport.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the system's Chromium and chromedriver are: {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} (Debian's {@code chromium} and {@code chromium-driver} packages)
 * unless the {@code LIFELINE_CHROMIUM} and {@code LIFELINE_CHROMEDRIVER} environment variables, or
 * the system properties of the same names in lower case with dots, say otherwise. Without them the
 * browser tests are skipped, and say so in a banner no one can miss: a skipped test is easily taken
 * for a passed one.
 */
public record ChromiumInstallation(Path chromium, Path chromedriver) {
    private static final AtomicBoolean BANNER_SHOWN = new AtomicBoolean();

    public static ChromiumInstallation configured() {
        return new ChromiumInstallation(Path.of(setting("lifeline.chromium", "LIFELINE_CHROMIUM", "/usr/bin/chromium")),
                Path.of(setting("lifeline.chromedriver", "LIFELINE_CHROMEDRIVER", "/usr/bin/chromedriver")));
    }

    public boolean installed() {
        return Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
    }

    /** Skips the calling test unless both programs are installed, with a banner on standard error (once per run). */
    public void assumeInstalled() {
        if (!installed()) {
            if (BANNER_SHOWN.compareAndSet(false, true)) {
                System.err.println(banner());
            }
            Assumptions.assumeTrue(false, "browser tests skipped: " + missing() + " not installed");
        }
    }

    /** What a skipped run prints, in lines no one scrolling past the build's output can miss. */
    public String banner() {
        String line = "!".repeat(96);
        return String.join(System.lineSeparator(), "", line,
                "!!  BROWSER TESTS SKIPPED: " + missing() + " not found.",
                "!!  These tests drive a real headless Chromium; without it the browser clients are NOT tested.",
                "!!  Install them (Debian/Ubuntu, as root):  apt-get update && apt-get install -y chromium chromium-driver",
                "!!  or point LIFELINE_CHROMIUM and LIFELINE_CHROMEDRIVER at a Chromium and its matching chromedriver.",
                line, "");
    }

    private String missing() {
        StringBuilder missing = new StringBuilder();
        if (!Files.isExecutable(chromium)) {
            missing.append(chromium);
        }
        if (!Files.isExecutable(chromedriver)) {
            missing.append(missing.isEmpty() ? "" : " and ").append(chromedriver);
        }
        return missing.toString();
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
