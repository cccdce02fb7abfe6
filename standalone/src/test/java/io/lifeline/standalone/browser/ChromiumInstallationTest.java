package io.lifeline.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.testsupport.browser.ChromiumInstallation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Without Chromium the browser tests are skipped, never passed silently: a banner says so and how to
 * install it (the skip itself is an assumption in {@code BrowserExtension}, seen in a run without Chromium).
 */
class ChromiumInstallationTest {

    @Test
    void withoutChromiumTheBannerSaysTheBrowserTestsWereSkippedAndHowToInstallIt() {
        var missing = new ChromiumInstallation(Path.of("/nonexistent/chromium"), Path.of("/nonexistent/chromedriver"));
        assertThat(missing.installed()).isFalse();
        assertThat(missing.banner()).contains("BROWSER TESTS SKIPPED: /nonexistent/chromium and /nonexistent/chromedriver")
                .contains("NOT tested")
                .contains("apt-get install -y chromium chromium-driver");
    }
}
