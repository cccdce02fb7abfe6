package io.lifeline.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * Response targets in the console: an inbox row names the target its conversation missed (and the
 * "Missed a target" filter keeps it), the timeline shows the clock and the miss, and the stats page
 * counts the miss and lists the conversation. The target is for low-priority job conversations
 * only, which no other test on the shared system starts, and is removed at the end.
 */
@ExtendWith(BrowserExtension.class)
class ConsoleResponseTargetsIT {
    private static final Map<String, Object> TARGET = Map.of("kind", "FIRST_RESPONSE", "priority", "LOW", "context", "JOB",
            "within", "PT1S");

    @Test
    void aMissedFirstResponseShowsInTheInboxTheTimelineAndTheStats(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        String admin = lifeline.adminToken();
        lifeline.call("PUT", "/api/response-targets", admin, TARGET);
        try {
            var agent = ConsoleFixtures.newStaff(lifeline, "AGENT");
            var device = lifeline.newDevice();
            String conversation = lifeline.call("POST", "/api/conversations", device.token(), Map.of("channel", "MOBILE",
                    "subject", "Quote for the roof", "startNew", true, "priority", "LOW", "context", Map.of("kind", "JOB"),
                    "firstMessage", Map.of("clientMessageId", "first", "text", "how much?"))).path("conversationId").asString();
            ConsoleFixtures.assign(lifeline, conversation, agent);
            awaitMissed(lifeline, conversation);

            var page = ConsolePage.signIn(browser, lifeline.base(), agent.username(), agent.password());
            page.view("mine");
            var row = page.inboxItem(conversation);
            page.await(By.cssSelector(".item[data-conversation='" + conversation + "'] .missed[data-missed='FIRST_RESPONSE']"));
            assertThat(row.getText()).contains("missed first response");
            page.find(By.cssSelector(".filters input[name='missed']")).click();
            page.inboxItem(conversation);
            page.open(conversation);
            var missed = page.await(By.cssSelector("#timeline li[data-kind='response-target-missed']"));
            assertThat(missed.getText().toLowerCase(java.util.Locale.ROOT)).contains("first response target missed",
                    "priority: low");
            page.await(By.cssSelector("#timeline li[data-kind='response-clock-started']"));
            browser.screenshot("console-response-targets-timeline");

            page.click("sign-out");
            var analyst = ConsoleFixtures.newStaff(lifeline, "ANALYST");
            var stats = ConsolePage.signIn(browser, lifeline.base(), analyst.username(), analyst.password());
            stats.showPage("stats");
            var missedCount = stats.await(By.cssSelector(".targets-stats tr[data-kind='FIRST_RESPONSE'] td.missed button"));
            long expected = firstResponseMissed(lifeline);
            assertThat(missedCount.getText()).as("the stats page counts as the API does").isEqualTo(Long.toString(expected));
            missedCount.click();
            stats.await(By.cssSelector(".targets-stats .drill-down li[data-conversation='" + conversation + "']"));
            browser.screenshot("console-response-targets-stats");
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            lifeline.call("DELETE", "/api/response-targets?kind=FIRST_RESPONSE&priority=LOW&context=JOB", admin, null);
        }
    }

    private static void awaitMissed(StandaloneForTests lifeline, String conversation) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode page = lifeline.call("GET", "/api/query/inbox?missed=true&context=JOB&priority=LOW&limit=200",
                    lifeline.adminToken(), null);
            for (JsonNode item : page.path("items")) {
                if (item.path("conversationId").asString().equals(conversation)) {
                    return;
                }
            }
            assertThat(Instant.now()).as("the first response's target is missed").isBefore(until);
            Thread.sleep(250);
        }
    }

    /** The API's first-response misses over the stats page's default range (the last seven days, to the end of today). */
    private static long firstResponseMissed(StandaloneForTests lifeline) throws Exception {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String from = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(6).toString();
        JsonNode figures = lifeline.call("GET", "/api/query/stats/response-targets?from=" + from + "T00:00:00Z&to="
                + java.time.LocalDate.parse(today).plusDays(1) + "T00:00:00Z", lifeline.adminToken(), null);
        for (JsonNode group : figures.path("byKind")) {
            if (group.path("kind").asString().equals("FIRST_RESPONSE")) {
                return group.path("missed").asLong();
            }
        }
        return 0;
    }
}
