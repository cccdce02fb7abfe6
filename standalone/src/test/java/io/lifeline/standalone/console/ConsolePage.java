package io.lifeline.standalone.console;

import io.lifeline.testsupport.browser.TestBrowser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff console in a real browser, driven as a person would: by what the page shows and its controls. */
final class ConsolePage {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /**
     * Going live may take the client more than one handshake on a busy machine (an unanswered one is
     * given up after ten seconds and made again), so a sign-in or a reload waits for it longer.
     */
    private static final Duration LIVE_PATIENCE = Duration.ofSeconds(60);

    private final TestBrowser browser;
    private final WebDriverWait wait;

    private ConsolePage(TestBrowser browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser.driver(), PATIENCE);
    }

    /** Opens the address itself, which leads to the console, and signs in. */
    static ConsolePage signIn(TestBrowser browser, String base, String username, String password) {
        browser.open(base + "/");
        var page = new ConsolePage(browser);
        page.find(By.cssSelector("#sign-in input[name=username]")).sendKeys(username);
        page.find(By.cssSelector("#sign-in input[name=password]")).sendKeys(password, Keys.ENTER);
        try {
            page.awaitLive();
        } catch (RuntimeException notLive) {
            browser.screenshot("sign-in-not-live");
            throw new AssertionError("not signed in and live: " + browser.run("return document.body.innerText;")
                    + "; console errors: " + browser.consoleErrors(), notLive);
        }
        return page;
    }

    /** The console after a reload: the kept session, connected again without signing in. */
    static ConsolePage signedIn(TestBrowser browser) {
        var page = new ConsolePage(browser);
        page.awaitLive();
        return page;
    }

    private void awaitLive() {
        new WebDriverWait(browser.driver(), LIVE_PATIENCE).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#connection.open")));
    }

    WebElement inboxItem(String conversation) {
        return await(By.cssSelector(".item[data-conversation='" + conversation + "']"));
    }

    /**
     * A conversation's inbox row once it shows {@code text}: the inbox is the read model, which
     * trails the live events by a moment (a start and its first message may land in two of the
     * projection's batches), and the console loads it again until it has caught up.
     */
    WebElement inboxItemShowing(String conversation, String text) {
        By item = By.cssSelector(".item[data-conversation='" + conversation + "']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(item, text));
        return await(item);
    }

    /** The inbox's rows above a conversation's, in the order shown. */
    List<WebElement> itemsAbove(String conversation) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#inbox-items .item"));
        List<String> ids = rows.stream().map(row -> row.getAttribute("data-conversation")).toList();
        return rows.subList(0, ids.indexOf(conversation));
    }

    /** Shows one of the inbox's views: {@code mine}, {@code unassigned} or {@code all}. */
    void view(String view) {
        find(By.cssSelector(".views button[data-view='" + view + "']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".views button[data-view='" + view + "']"),
                "aria-selected", "true"));
    }

    void open(String conversation) {
        inboxItem(conversation).findElement(By.tagName("button")).click();
        await(By.cssSelector(".conversation[data-conversation='" + conversation + "'] #timeline"));
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    void reply(String text) {
        find(By.cssSelector("#reply textarea")).sendKeys(text, Keys.ENTER);
    }

    /** Waits until the open conversation's timeline shows a message with exactly this text. */
    void awaitMessage(String text) {
        wait.until(driver -> messageTexts().contains(text));
    }

    List<String> messageTexts() {
        return browser.driver().findElements(By.cssSelector("#timeline .message .text")).stream()
                .map(WebElement::getText).toList();
    }

    void awaitText(String id, String text) {
        awaitText(By.id(id), text);
    }

    void awaitText(By by, String text) {
        wait.until(ExpectedConditions.textToBe(by, text));
    }

    /** Opens one of the console's pages from its navigation. */
    void showPage(String name) {
        find(By.cssSelector("nav button[data-page='" + name + "']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("nav button[data-page='" + name + "']"),
                "aria-current", "page"));
    }

    WebElement await(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitGone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    TestBrowser browser() {
        return browser;
    }
}
