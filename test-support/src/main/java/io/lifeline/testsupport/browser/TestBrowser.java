package io.lifeline.testsupport.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium with a fresh profile, reaching nothing but this machine. Chromium and
 * chromedriver are the installed ones, named explicitly, so Selenium Manager never runs (it would
 * download a browser). What the page logs as errors is kept for the test to check, and a
 * screenshot can be written under {@code target/browser-screenshots}.
 */
public final class TestBrowser implements AutoCloseable {
    /** Chromium still looks up Google's hosts at start without this; a test browser reaches only this machine. */
    static final String LOCAL_ONLY = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1";

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> consoleErrors = new ArrayList<>();

    private TestBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts a browser, with any further Chromium switches a test needs (a fake microphone); skips
     * the calling test (loudly) where Chromium is not installed.
     */
    public static TestBrowser launch(String... extraArguments) {
        ChromiumInstallation installation = ChromiumInstallation.configured();
        installation.assumeInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("lifeline-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(installation.chromium().toFile());
        options.addArguments("--no-sandbox", "--disable-dev-shm-usage", "--headless", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-domain-reliability", "--no-pings", LOCAL_ONLY, "--user-data-dir=" + profile,
                "--window-size=1280,800");
        options.addArguments(extraArguments);
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(installation.chromedriver().toFile())
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new TestBrowser(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Runs an async script: its last argument is the callback that ends it, and what it is called
     * with is the answer (a JavaScript object arrives as a {@code Map}, an array as a {@code List}).
     */
    public Object await(String script, Object... arguments) {
        return driver.executeAsyncScript(script, arguments);
    }

    public Object run(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Takes the page off the network (open connections drop, new ones fail) or puts it back. */
    public void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** The errors the pages logged to the console, or that were thrown and not caught, so far. */
    public List<String> consoleErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
        return List.copyOf(consoleErrors);
    }

    /** Writes what the window shows to {@code target/browser-screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Path file = Path.of("target", "browser-screenshots", name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: what is left goes with the machine's temp files
        }
    }
}
