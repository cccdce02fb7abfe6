package io.lifeline.testsupport.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method asking for a {@link TestBrowser} a fresh one, and after the test writes
 * its screenshot (named after the class and method) and prints what the page logged as errors, so
 * a failure can be read without running it again. Where Chromium is not installed, each test is
 * skipped (an assumption fails before the test starts; one that failed while its parameters were
 * resolved would count as an error). {@code @ExtendWith(BrowserExtension.class)}.
 */
public final class BrowserExtension implements BeforeEachCallback, ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        ChromiumInstallation.configured().assumeInstalled();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestBrowser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestBrowser browser = TestBrowser.launch();
        context.getStore(NAMESPACE).put(context.getUniqueId(), browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestBrowser browser = context.getStore(NAMESPACE).remove(context.getUniqueId(), TestBrowser.class);
        if (browser == null) {
            return;
        }
        try {
            String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
            var screenshot = browser.screenshot(name);
            var errors = browser.consoleErrors();
            if (context.getExecutionException().isPresent() || !errors.isEmpty()) {
                System.err.println(name + ": screenshot " + screenshot.toAbsolutePath() + "; console errors: " + errors);
            }
        } finally {
            browser.close();
        }
    }
}
