package io.lifeline.bridge.browserfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the console's libraries are inside their WebJars. The version is read from the jar itself
 * (its {@code pom.properties}), so the parent pom alone decides it and the console loads stable
 * paths: {@code /console/lib/preact/standalone.module.js}, {@code /console/lib/chart/chart.umd.min.js}.
 */
final class ConsoleLibraries {
    /** Preact and htm in one ES module, from {@code org.mvnpm:htm}. */
    static final String PREACT_PATHS = "/console/lib/preact/**";

    /** Chart.js's bundles, from {@code org.webjars.npm:chart.js}. */
    static final String CHART_PATHS = "/console/lib/chart/**";

    private ConsoleLibraries() {
    }

    static String preactLocation() {
        return "classpath:/META-INF/resources/_static/htm/" + version("org.mvnpm", "htm") + "/preact/";
    }

    static String chartLocation() {
        return "classpath:/META-INF/resources/webjars/chart.js/" + version("org.webjars.npm", "chart.js") + "/dist/";
    }

    static String version(String groupId, String artifactId) {
        String file = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = ConsoleLibraries.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(groupId + ":" + artifactId + " is not on the classpath");
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
