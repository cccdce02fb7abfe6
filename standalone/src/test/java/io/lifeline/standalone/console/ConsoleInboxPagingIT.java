package io.lifeline.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;

/**
 * A queue of a thousand conversations: the page holds one page of a hundred rows at a time, paging
 * to the end and back works with the keyboard, and no page turn blocks the page for long (Chromium's
 * long tasks, measured with a PerformanceObserver).
 */
@ExtendWith(BrowserExtension.class)
class ConsoleInboxPagingIT {
    private static final int CONVERSATIONS = 1_000;
    private static final int PAGE = 100;
    /** 40 conversations each: under a device's burst of 60 requests. */
    private static final int DEVICES = 25;
    /** Under the per-address limit (1,200 a minute) where rate limits are on. */
    private static final long SLOT_MILLIS = 55;
    /**
     * No page turn may block the page longer than this (a long task is anything over 50 ms). Generous: on
     * a busy two-core test machine a hundred rows have taken 52-349 ms to draw; quiet, 52-65 ms.
     */
    private static final double LONGEST_TASK_MILLIS = 500;
    /** Total blocking time (each long task's time over 50 ms) of paging through all ten pages and back. */
    private static final double TOTAL_BLOCKING_MILLIS = 1_500;

    @Test
    void aThousandConversationsArePagedAHundredAtATimeToTheEndAndBackWithoutLongBlocking(TestBrowser browser) throws Exception {
        // A system of its own: a thousand open conversations in the shared one would crowd every later test's queue.
        try (var lifeline = StandaloneForTests.start()) {
            pageThroughAThousand(browser, lifeline);
        }
    }

    private static void pageThroughAThousand(TestBrowser browser, StandaloneForTests lifeline) throws Exception {
        var agent = ConsoleFixtures.newStaff(lifeline, "AGENT");
        Set<String> started = startConversationsAboutBids(lifeline);
        lifeline.awaitProjections();
        var page = ConsolePage.signIn(browser, lifeline.base(), agent.username(), agent.password());
        new Select(page.find(By.cssSelector(".filters select[name=context]"))).selectByValue("BID");
        page.awaitText("page-number", "Page 1");
        awaitRows(browser, PAGE);
        Object observed = browser.run("""
                window.longTasks = [];
                if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return false;
                new PerformanceObserver((list) => list.getEntries().forEach((task) => window.longTasks.push(task.duration)))
                  .observe({type: 'longtask'});
                return true;""");

        Set<String> seen = new LinkedHashSet<>(rowIds(browser));
        int pages = 1;
        while (page.find(By.id("page-next")).isEnabled()) {
            String firstBefore = rowIds(browser).get(0);
            int from = pages;
            page.find(By.id("page-next")).sendKeys(Keys.ENTER);
            // Either the next page, or (the last page being exactly full) back on this one with nothing after it.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> {
                List<String> rows = rowIds(browser);
                boolean turned = !rows.isEmpty() && !firstBefore.equals(rows.get(0));
                boolean atTheEnd = !driver.findElement(By.id("page-next")).isEnabled()
                        && ("Page " + from).equals(driver.findElement(By.id("page-number")).getText())
                        && !rows.isEmpty() && firstBefore.equals(rows.get(0));
                return turned || atTheEnd;
            });
            List<String> shown = rowIds(browser);
            if (shown.get(0).equals(firstBefore)) {
                break;
            }
            pages++;
            assertThat(page.find(By.id("page-number")).getText()).isEqualTo("Page " + pages);
            assertThat(shown.size()).as("one page of rows in the page, never more").isBetween(1, PAGE);
            seen.addAll(shown);
        }
        assertThat(pages).isEqualTo(CONVERSATIONS / PAGE);
        assertThat(seen).as("every conversation once, page after page").hasSize(CONVERSATIONS).containsExactlyInAnyOrderElementsOf(started);

        page.find(By.id("page-previous")).sendKeys(Keys.ENTER);
        page.awaitText("page-number", "Page " + (pages - 1));
        awaitRows(browser, PAGE);
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN).perform();
        page.await(By.cssSelector("#inbox-items .item.focused:nth-child(3)"));

        if (Boolean.TRUE.equals(observed)) {
            @SuppressWarnings("unchecked")
            List<Number> longTasks = (List<Number>) browser.run("return window.longTasks;");
            System.out.println("Long tasks while paging through " + CONVERSATIONS + " conversations (ms): " + longTasks);
            assertThat(longTasks).allSatisfy(task -> assertThat(task.doubleValue()).isLessThan(LONGEST_TASK_MILLIS));
            assertThat(longTasks.stream().mapToDouble(task -> task.doubleValue() - 50).sum())
                    .as("total blocking time").isLessThan(TOTAL_BLOCKING_MILLIS);
        } else {
            System.out.println("This Chromium reports no long tasks: the paging's blocking time is not measured");
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The conversations, about bids (a context no other test uses), from a few devices, paced under the rate limits. */
    private static Set<String> startConversationsAboutBids(StandaloneForTests lifeline) throws Exception {
        List<String> devices = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            devices.add(lifeline.newDevice().token());
        }
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            long start = System.currentTimeMillis();
            List<Future<String>> conversations = new ArrayList<>();
            for (int i = 0; i < CONVERSATIONS; i++) {
                int n = i;
                conversations.add(senders.submit(() -> {
                    Thread.sleep(Math.max(0, start + n * SLOT_MILLIS - System.currentTimeMillis()));
                    return lifeline.resend("POST", "/api/conversations", devices.get(n % DEVICES), Map.of("channel", "MOBILE",
                                    "subject", "Bid " + n, "startNew", true, "context", Map.of("kind", "BID"),
                                    "conversationId", java.util.UUID.nameUUIDFromBytes((start + ":" + n).getBytes()).toString(),
                                    "firstMessage", Map.of("clientMessageId", "bid-" + n, "text", "About bid " + n)))
                            .path("conversationId").asString();
                }));
            }
            Set<String> ids = new LinkedHashSet<>();
            for (Future<String> conversation : conversations) {
                ids.add(conversation.get());
            }
            return ids;
        } finally {
            senders.shutdownNow();
        }
    }

    /** The rows' conversations, read in one go: the list may be drawn again between two WebDriver calls. */
    @SuppressWarnings("unchecked")
    private static List<String> rowIds(TestBrowser browser) {
        return (List<String>) browser.run(
                "return [...document.querySelectorAll('#inbox-items .item')].map((row) => row.dataset.conversation);");
    }

    private static void awaitRows(TestBrowser browser, int rows) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> driver.findElements(By.cssSelector("#inbox-items .item")).size() == rows);
    }

}
