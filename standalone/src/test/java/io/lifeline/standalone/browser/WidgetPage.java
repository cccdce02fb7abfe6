package io.lifeline.standalone.browser;

import io.lifeline.testsupport.browser.TestBrowser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * A page with the widget on it, in a real browser: the visitor's clicks and keys go to the widget's
 * elements inside its shadow root through WebDriver (so an element the page covers cannot be
 * clicked), and what the widget shows is read back from that shadow root.
 */
final class WidgetPage {
    private static final String ROOT = "const root = document.querySelector('[data-lifeline-widget]').shadowRoot;";
    private final TestBrowser browser;
    private final String site;

    private WidgetPage(TestBrowser browser, String site) {
        this.browser = browser;
        this.site = site;
    }

    /** Opens the page and waits until the widget's launcher is there and its settings are read. */
    static WidgetPage open(TestBrowser browser, String url, String site) {
        browser.open(url);
        var page = new WidgetPage(browser, site);
        page.until("const host = document.querySelector('[data-lifeline-widget]');"
                + "return !!host && !!host.shadowRoot && !!host.shadowRoot.querySelector('.launcher')"
                + " && host.shadowRoot.querySelector('.title').textContent !== '';");
        return page;
    }

    SearchContext shadow() {
        return browser.driver().findElement(By.cssSelector("[data-lifeline-widget]")).getShadowRoot();
    }

    WebElement find(String selector) {
        return shadow().findElement(By.cssSelector(selector));
    }

    void openPanel() {
        find(".launcher").click();
        until(ROOT + "return !root.querySelector('.panel').hidden;");
    }

    /** Types into the composer with the keyboard and presses Enter, as a visitor sends. */
    void type(String text) {
        find("textarea").sendKeys(text, Keys.ENTER);
    }

    /** What the message log shows, in order: every message's words, the greeting first. */
    @SuppressWarnings("unchecked")
    List<String> messages() {
        return (List<String>) browser.run(ROOT + "return [...root.querySelectorAll('.log .message .body')]"
                + ".map((body) => body.textContent);");
    }

    long sending() {
        return (Long) browser.run(ROOT + "return root.querySelectorAll('.log .sending').length;");
    }

    String text(String selector) {
        return (String) browser.run(ROOT + "const node = root.querySelector(arguments[0]); return node ? node.textContent : null;",
                selector);
    }

    Object script(String body, Object... args) {
        return browser.run(ROOT + body, args);
    }

    /** The conversation this browser's visitor has on the site, as the widget keeps it. */
    String conversation() {
        return (String) browser.run("return JSON.parse(localStorage.getItem(arguments[0]) || 'null');",
                "lifeline.widget." + site + ".conversation");
    }

    String awaitConversation() {
        until("return !!localStorage.getItem(arguments[0]);", "lifeline.widget." + site + ".conversation");
        return conversation();
    }

    void awaitMessage(String text) {
        until(ROOT + "return [...root.querySelectorAll('.log .message .body')].some((b) => b.textContent === arguments[0]);",
                text);
    }

    /** Waits, up to 20 s, until the script answers true. */
    void until(String script, Object... args) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Object last = null;
        while (System.nanoTime() < deadline) {
            last = browser.run(script, args);
            if (Boolean.TRUE.equals(last)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("not true within 20 s: " + script + "; the widget shows " + messages());
    }

    TestBrowser browser() {
        return browser;
    }
}
