package io.lifeline.standalone.browser;

import io.lifeline.testsupport.browser.TestBrowser;
import java.util.Map;

/**
 * The test-only harness page ({@code /client/harness/index.html}, on the test classpath) in a real
 * browser, loaded from the standalone's edge: the client module as the widget and the console load
 * it, and scripts that drive it.
 */
final class HarnessPage {
    private final TestBrowser browser;

    private HarnessPage(TestBrowser browser) {
        this.browser = browser;
    }

    static HarnessPage open(TestBrowser browser, String base) {
        return open(browser, base, "index.html");
    }

    /** The harness on a page whose policy lets it connect over HTTP only, as where a network blocks WebSocket. */
    static HarnessPage openWithoutWebSocket(TestBrowser browser, String base) {
        return open(browser, base, "no-websocket.html");
    }

    private static HarnessPage open(TestBrowser browser, String base, String file) {
        browser.open(base + "/client/harness/" + file);
        var page = new HarnessPage(browser);
        page.run("await harness.until(() => document.getElementById('status').textContent === 'ready');");
        return page;
    }

    /**
     * Runs the body of an async function, {@code args} holding the arguments; answers what it
     * returns, or fails the test with what it threw.
     */
    Object run(String body, Object... args) {
        Object answer = browser.await("""
                const done = arguments[arguments.length - 1];
                const args = Array.from(arguments).slice(0, -1);
                (async () => { %s })().then(
                    (value) => done({value: value === undefined ? null : value}),
                    (error) => done({error: String(error && (error.code ? error.code + ': ' : '') + (error.stack || error))}));
                """.formatted(body), args);
        if (!(answer instanceof Map<?, ?> outcome)) {
            throw new AssertionError("the page's script ended without an answer: " + answer);
        }
        if (outcome.get("error") != null) {
            throw new AssertionError("the page's script failed: " + outcome.get("error"));
        }
        return outcome.get("value");
    }

    /** A device client named {@code name}, connected, in a new conversation it subscribed to; answers the conversation's id. */
    String converse(String name, String subject, String firstText) {
        return (String) run("return await harness.converse(args[0], args[1], args[2]);", name, subject, firstText);
    }

    /** Waits until the named client was handed a message with the text in the conversation. */
    void awaitText(String name, String conversation, String text) {
        run("await harness.until(() => harness.texts(args[0], args[1]).includes(args[2]));", name, conversation, text);
    }

    TestBrowser browser() {
        return browser;
    }
}
