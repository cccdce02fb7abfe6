package io.lifeline.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The processors page's dead letters, made for real: the inbox's table refuses two conversations (a
 * trigger the test adds), so the inbox projection parks their events; an admin reads why, retries
 * one once the table accepts it again and evicts the other, with the keyboard. And the event export.
 */
@ExtendWith(BrowserExtension.class)
class ConsoleDeadLettersAndExportIT {

    @Test
    void anAdminReadsWhyEventsWereParkedRetriesOneConversationAndEvictsAnother(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var admin = ConsoleFixtures.newStaff(lifeline, "ADMIN");
        String marker = "poison" + UUID.randomUUID().toString().substring(0, 8);
        refuseInInbox(lifeline, marker);
        String retried;
        String evicted;
        try {
            var device = lifeline.newDevice();
            retried = lifeline.startConversation(device.token(), marker + " retried");
            evicted = lifeline.startConversation(device.token(), marker + " evicted");
            awaitParked(lifeline, retried, evicted);
        } finally {
            acceptInInbox(lifeline, marker);
        }
        var page = ConsolePage.signIn(browser, lifeline.base(), admin.username(), admin.password());

        page.find(By.cssSelector("nav button[data-page='processors']")).sendKeys(Keys.ENTER);
        page.await(By.cssSelector("tr[data-processor='inbox'] .show-parked")).sendKeys(Keys.ENTER);
        WebElement first = page.await(By.cssSelector("#dead-letters tr[data-sequence-id='" + retried + "']"));
        assertThat(first.findElement(By.className("cause")).getText()).contains(marker + " retried refused by the test");
        page.await(By.cssSelector("#dead-letters tr[data-sequence-id='" + evicted + "']"));
        browser.screenshot("console-dead-letters");

        page.find(By.cssSelector("#dead-letters tr[data-sequence-id='" + retried + "'] .retry")).sendKeys(Keys.ENTER);
        // Still parked: the other conversation's two events (its start and its first message).
        page.awaitText("dead-letters-outcome", "Retried 1: 1 applied, 2 still parked.");
        page.awaitGone(By.cssSelector("#dead-letters tr[data-sequence-id='" + retried + "']"));

        page.find(By.cssSelector("#dead-letters tr[data-sequence-id='" + evicted + "'] .evict")).sendKeys(Keys.ENTER);
        page.find(By.cssSelector("#dead-letters tr[data-sequence-id='" + evicted + "'] .confirm-evict")).sendKeys(Keys.ENTER);
        page.await(By.xpath("//*[@id='dead-letters-outcome' and starts-with(text(), 'Evicted ')]"));
        page.awaitGone(By.cssSelector("#dead-letters tr[data-sequence-id='" + evicted + "']"));

        assertThat(lifeline.call("GET", "/api/query/processors/inbox/dead-letters", lifeline.adminToken(), null)).isEmpty();
        assertThat(inbox(lifeline)).as("the retried conversation is in the inbox now").contains(retried).doesNotContain(evicted);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anAnalystNotAdminSeesParkedEventsButNoRetryAndExportsAConversationsEvents(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var analyst = ConsoleFixtures.newStaff(lifeline, "ANALYST");
        var agent = ConsoleFixtures.newStaff(lifeline, "AGENT");
        var assigned = ConsoleFixtures.conversationAssignedTo(lifeline, agent, "Exported <script>window.pwned=1</script>");
        lifeline.call("POST", "/api/conversations/" + assigned.conversationId() + "/messages", assigned.device().token(),
                Map.of("clientMessageId", "exported-1", "text", "one more"));
        long stored = lifeline.send("GET", "/api/query/events?conversationId=" + assigned.conversationId(),
                lifeline.adminToken(), null).body().lines().filter(line -> !line.isBlank()).count();
        var page = ConsolePage.signIn(browser, lifeline.base(), analyst.username(), analyst.password());

        page.find(By.cssSelector("nav button[data-page='processors']")).sendKeys(Keys.ENTER);
        page.find(By.cssSelector("#event-export input[name=conversationId]")).sendKeys(assigned.conversationId(), Keys.ENTER);
        WebElement download = page.await(By.id("export-download"));
        assertThat(download.getAttribute("data-events")).isEqualTo(String.valueOf(stored));
        assertThat(download.getAttribute("download")).isEqualTo("lifeline-events.ndjson");
        assertThat(download.getAttribute("href")).startsWith("blob:");
        assertThat(stored).as("started, its first message, assigned, one more at least").isGreaterThanOrEqualTo(4);
        browser.screenshot("console-event-export");

        assertThat(browser.driver().findElements(By.id("retry-all"))).as("retrying is for admins").isEmpty();
        assertThat(browser.run("return window.pwned === undefined;")).isEqualTo(true);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The inbox's table refuses conversations whose subject starts with the marker, as a broken projection would. */
    private static void refuseInInbox(StandaloneForTests lifeline, String marker) throws Exception {
        try (var connection = lifeline.database(); var statement = connection.createStatement()) {
            statement.execute("CREATE FUNCTION read_model.refuse_" + marker + "() RETURNS trigger AS $$ BEGIN "
                    + "IF NEW.subject LIKE '" + marker + "%' THEN RAISE EXCEPTION '% refused by the test', NEW.subject; END IF; "
                    + "RETURN NEW; END $$ LANGUAGE plpgsql");
            statement.execute("CREATE TRIGGER refuse_" + marker + " BEFORE INSERT OR UPDATE ON read_model.inbox_conversation "
                    + "FOR EACH ROW EXECUTE FUNCTION read_model.refuse_" + marker + "()");
        }
    }

    private static void acceptInInbox(StandaloneForTests lifeline, String marker) throws Exception {
        try (var connection = lifeline.database(); var statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER IF EXISTS refuse_" + marker + " ON read_model.inbox_conversation");
            statement.execute("DROP FUNCTION IF EXISTS read_model.refuse_" + marker + "()");
        }
    }

    /** Every open conversation in the inbox, page after page. */
    private static java.util.List<String> inbox(StandaloneForTests lifeline) throws Exception {
        java.util.List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var page = lifeline.call("GET", "/api/query/inbox?status=OPEN&limit=200" + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)),
                    lifeline.adminToken(), null);
            page.path("items").forEach(item -> ids.add(item.path("conversationId").asString()));
            cursor = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asString();
        } while (cursor != null);
        return ids;
    }

    private static void awaitParked(StandaloneForTests lifeline, String... conversations) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            var parked = lifeline.call("GET", "/api/query/processors/inbox/dead-letters", lifeline.adminToken(), null)
                    .findValuesAsString("sequenceId");
            if (parked.containsAll(java.util.List.of(conversations))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the inbox did not park " + String.join(", ", conversations));
    }
}
