package io.lifeline.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.client.ClientListener;
import io.lifeline.client.LifelineClient;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.stream.EventEnvelope;
import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import static io.lifeline.standalone.console.ConsoleFixtures.newStaff;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The staff console in a real Chromium against the real system, through the edge's address: an agent
 * works a device's urgent conversation from sign-in to resolution, live, while the device is a real
 * client on its own socket.
 */
@ExtendWith(BrowserExtension.class)
class ConsoleIT {

    @Test
    void anAgentTakesANewUrgentConversationLiveRepliesAndResolvesItAndTheStatsCountIt(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var agent = newStaff(lifeline, "AGENT");
        var page = ConsolePage.signIn(browser, lifeline.base(), agent.username(), agent.password());
        assertThat(browser.driver().findElement(By.cssSelector(".who[data-role]")).getAttribute("data-role")).isEqualTo("AGENT");
        page.awaitText(By.id("signed-in-as"), "Agent " + agent.username() + " · AGENT"); // the directory's display name
        browser.screenshot("console-inbox-empty");

        var device = lifeline.newDevice();
        var heard = new CopyOnWriteArrayList<EventEnvelope>();
        String conversation = lifeline.call("POST", "/api/conversations", device.token(), Map.of("channel", "MOBILE",
                "subject", "Someone is following me", "startNew", true, "priority", "URGENT",
                "location", Map.of("latitude", 52.52001, "longitude", 13.40495, "accuracyMeters", 12.0),
                "firstMessage", Map.of("clientMessageId", "first", "text", "please help", "urgent", true)))
                .path("conversationId").asString();
        try (var deviceClient = LifelineClient.builder().uri(lifeline.ws()).token(device::token)
                .listener(new ClientListener() {
                    @Override
                    public void onEvent(EventEnvelope event) {
                        heard.add(event);
                    }
                }).build()) {
            deviceClient.connect().get(30, TimeUnit.SECONDS);
            deviceClient.subscribe(ConversationId.parse(conversation));

            var item = page.inboxItemShowing(conversation, "please help");
            assertThat(item.getAttribute("class")).as("flagged urgent").contains("urgent");
            assertThat(item.getText()).contains("URGENT", "Someone is following me", "please help");
            assertThat(page.itemsAbove(conversation)).as("pinned among the urgent ones at the top")
                    .allSatisfy(above -> assertThat(above.getAttribute("class")).contains("urgent"));

            page.open(conversation);
            assertThat(page.find(By.id("priority")).getText()).isEqualTo("URGENT");
            assertThat(page.find(By.cssSelector(".header .coordinates")).getText()).isEqualTo("52.52001, 13.40495");
            page.click("assign-me");
            page.awaitText("assign-me", "Assigned to you");

            page.reply("I am here. Where are you now?");
            awaitHeard(heard, "I am here. Where are you now?");
            long replied = heard.stream().filter(event -> text(event).equals("I am here. Where are you now?"))
                    .findFirst().orElseThrow().sequence();
            deviceClient.read(ConversationId.parse(conversation), replied).get(10, TimeUnit.SECONDS);
            deviceClient.send(ConversationId.parse(conversation), "At the station, by the north exit").get(10, TimeUnit.SECONDS);

            page.awaitMessage("At the station, by the north exit");
            page.await(By.cssSelector("#timeline .ticks[data-state=read]"));
            browser.screenshot("console-conversation");

            page.click("resolve");
            page.awaitText("status", "RESOLVED");
            page.find(By.id("reopen"));
        }
        assertThat(page.messageTexts()).containsExactly("please help", "I am here. Where are you now?",
                "At the station, by the north exit");

        lifeline.awaitProjections();
        page.click("sign-out");
        var analyst = newStaff(lifeline, "ANALYST");
        var stats = ConsolePage.signIn(browser, lifeline.base(), analyst.username(), analyst.password());
        stats.showPage("stats");
        long resolved = lifeline.call("GET", "/api/query/stats", lifeline.adminToken(), null)
                .path("byStatus").path("RESOLVED").asLong();
        var count = stats.await(By.cssSelector("table[data-figure='status'] tr[data-name='RESOLVED'] .count"));
        assertThat(count.getText()).as("the stats page counts it, as the API does").isEqualTo(Long.toString(resolved));
        count.click();
        stats.await(By.cssSelector(".drill-down li[data-conversation='" + conversation + "']"));
        stats.await(By.cssSelector("section.satisfaction"));
        assertThat(browser.run("return typeof Chart === 'function' && document.querySelectorAll('.chart canvas').length;"))
                .as("volume, times, both distributions and the ratings drawn by Chart.js").isEqualTo(5L);

        int bucket = firstResponseBucket(lifeline, conversation);
        var histogram = stats.await(By.cssSelector(".distribution[data-figure='firstResponseBucket'] canvas"));
        String counted = stats.find(By.cssSelector(".distribution[data-figure='firstResponseBucket'] td[data-bucket='" + bucket
                + "'] .count")).getText();
        assertThat(Long.parseLong(counted)).as("the conversation's bucket counts it").isPositive();
        assertThat(histogram.getAttribute("aria-label")).as("the chart's text alternative names its figures")
                .startsWith("First response times: ").contains("conversations " + counted);
        clickBar(browser, histogram, bucket);
        stats.await(By.cssSelector(".drill-down[data-figure='firstResponseBucket:" + bucket + "'] li[data-conversation='"
                + conversation + "']"));

        String context = contextOf(lifeline, conversation);
        stats.find(By.cssSelector("table[data-figure='contexts'] tr[data-name='" + context + "'] .first-responses .count"))
                .click();
        stats.await(By.cssSelector(".drill-down[data-figure='contextFirstResponse:" + context + "'] li[data-conversation='"
                + conversation + "']"));
        browser.run("document.querySelector('.stats .charts').scrollIntoView({block: 'start'});");
        browser.screenshot("console-stats");

        browser.run("""
                const from = document.querySelector('.stats input[name=from]');
                from.value = document.querySelector('.stats input[name=to]').value;
                from.dispatchEvent(new Event('change', {bubbles: true}));""");
        var hourly = stats.await(By.cssSelector(".chart canvas[aria-label^='Volume per hour: ']"));
        assertThat(hourly.getAttribute("aria-label")).as("a day's range is shown per hour, today's conversation in it")
                .containsPattern("conversations started [1-9]");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void signingOutClosesTheSocketAndAReloadBeforeKeepsTheSession(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var agent = newStaff(lifeline, "AGENT");
        ConsolePage.signIn(browser, lifeline.base(), agent.username(), agent.password());

        browser.driver().navigate().refresh();
        var page = ConsolePage.signedIn(browser);
        page.click("sign-out");
        page.await(By.id("sign-in"));
        assertThat(browser.run("return sessionStorage.getItem('console.staff.session');")).isNull();
        browser.driver().navigate().refresh();
        page.await(By.id("sign-in"));
    }

    @Test
    void theConsolesFirstLoadTransfersLessThan300Kilobytes(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var agent = newStaff(lifeline, "AGENT");
        ConsolePage.signIn(browser, lifeline.base(), agent.username(), agent.password());

        long transferred = ((Number) browser.run("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .filter((entry) => !entry.name.includes('/api/'))
                    .reduce((sum, entry) => sum + entry.transferSize, 0);
                """)).longValue();
        assertThat(transferred).as("bytes of the page, its scripts, styles and libraries").isPositive().isLessThan(300_000);
    }

    /** The distribution's bar the conversation's first response falls in, as the API numbers them. */
    private static int firstResponseBucket(StandaloneForTests lifeline, String conversation) throws Exception {
        for (int bucket = 0; bucket < 7; bucket++) {
            var items = lifeline.call("GET", "/api/query/stats/drill-down?figure=firstResponseBucket:" + bucket,
                    lifeline.adminToken(), null).path("items");
            for (var item : items) {
                if (item.path("conversationId").asString().equals(conversation)) return bucket;
            }
        }
        throw new AssertionError("no first-response bucket holds " + conversation);
    }

    private static String contextOf(StandaloneForTests lifeline, String conversation) throws Exception {
        for (var row : lifeline.call("GET", "/api/query/stats", lifeline.adminToken(), null).path("contexts")) {
            String kind = row.path("context").asString();
            var items = lifeline.call("GET", "/api/query/stats/drill-down?figure=contextFirstResponse:" + kind,
                    lifeline.adminToken(), null).path("items");
            for (var item : items) {
                if (item.path("conversationId").asString().equals(conversation)) return kind;
            }
        }
        throw new AssertionError("no context's first responses hold " + conversation);
    }

    /** Clicks the middle of a Chart.js bar, where Chart.js itself says the bar is drawn. */
    private static void clickBar(TestBrowser browser, WebElement canvas, int index) {
        browser.run("arguments[0].scrollIntoView({block: 'center'});", canvas);
        @SuppressWarnings("unchecked")
        var bar = (Map<String, Number>) browser.run("""
                const bar = Chart.getChart(arguments[0]).getDatasetMeta(0).data[arguments[1]];
                return {x: bar.x, y: (bar.y + bar.base) / 2};""", canvas, index);
        var size = canvas.getSize();
        new Actions(browser.driver())
                .moveToElement(canvas, (int) Math.round(bar.get("x").doubleValue() - size.getWidth() / 2.0),
                        (int) Math.round(bar.get("y").doubleValue() - size.getHeight() / 2.0))
                .click().perform();
    }

    private static void awaitHeard(List<EventEnvelope> heard, String text) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (heard.stream().noneMatch(event -> text(event).equals(text))) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the device never received: " + text);
            }
            Thread.sleep(50);
        }
    }

    private static String text(EventEnvelope event) {
        return event.type().equals("MessageSent") ? event.payload().path("content").path("body").asString() : "";
    }
}
