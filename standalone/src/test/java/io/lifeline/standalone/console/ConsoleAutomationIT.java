package io.lifeline.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The admins' automation page: a response target, a keyword automated reply and a canned reply set
 * through the console show in the query side's routes, and the reply then answers a device.
 */
@ExtendWith(BrowserExtension.class)
class ConsoleAutomationIT {

    @Test
    void anAdminSetsATargetAnAutomatedReplyAndACannedReplyThatThenWork(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var admin = ConsoleFixtures.newStaff(lifeline, "ADMIN", "Avery Automation");
        String adminToken = lifeline.call("POST", "/api/sessions/staff", null,
                Map.of("username", admin.username(), "password", admin.password())).path("session").path("token").asString();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String keyword = "zebra" + unique; // the rule is global: a word no other test's visitor writes
        String automated = "An automated answer " + unique;
        String shortcut = "greet-" + unique;
        var page = ConsolePage.signIn(browser, lifeline.base(), admin.username(), admin.password());

        page.find(By.cssSelector("nav button[data-page='automation']")).sendKeys(Keys.ENTER);
        page.await(By.cssSelector(".parts button[data-part='targets'].current"));
        // A rare scope, so that clocks of the other tests' conversations do not start; removed at the end.
        new Select(page.find(By.cssSelector("#target-form select[name=priority]"))).selectByValue("LOW");
        new Select(page.find(By.cssSelector("#target-form select[name=context]"))).selectByValue("BID");
        WebElement amount = page.find(By.cssSelector("#target-form input[name=amount]"));
        amount.clear();
        amount.sendKeys("7", Keys.ENTER);
        page.awaitText("targets-done", "First response target for LOW conversations in BID set to 7 min.");
        page.await(By.cssSelector("#targets-list tr[data-target='FIRST_RESPONSE/LOW/BID']"));
        assertThat(lifeline.call("GET", "/api/query/response-targets", adminToken, null).toString())
                .contains("{\"kind\":\"FIRST_RESPONSE\",\"priority\":\"LOW\",\"context\":\"BID\",\"within\":\"PT7M\","
                        + "\"businessHours\":null}");

        // A second one counted only in business hours: the hours the form shows are the ones stored.
        new Select(page.find(By.cssSelector("#target-form select[name=priority]"))).selectByValue("HIGH");
        page.find(By.cssSelector("#target-form input[name=in-business-hours]")).sendKeys(Keys.SPACE);
        WebElement zone = page.await(By.cssSelector("#target-form input[name=zone]"));
        zone.clear();
        zone.sendKeys("Europe/Berlin");
        page.find(By.cssSelector("#target-form input[name=holidays]")).sendKeys("2026-12-25");
        amount.clear();
        amount.sendKeys("3", Keys.ENTER);
        page.awaitText("targets-done", "First response target for HIGH conversations in BID set to 3 min.");
        page.awaitText(By.cssSelector("#targets-list tr[data-target='FIRST_RESPONSE/HIGH/BID'] .counted"),
                "in business hours (Europe/Berlin: MON 09:00–17:00; closed 2026-12-25)");
        assertThat(lifeline.call("GET", "/api/query/response-targets", adminToken, null).toString())
                .contains("\"priority\":\"HIGH\",\"context\":\"BID\",\"within\":\"PT3M\",\"businessHours\":"
                        + "{\"zone\":\"Europe/Berlin\",\"open\":[{\"day\":\"MONDAY\",\"from\":\"09:00:00\",\"to\":\"17:00:00\"}],"
                        + "\"holidays\":[\"2026-12-25\"]}");

        page.find(By.cssSelector(".parts button[data-part='auto-replies']")).sendKeys(Keys.ENTER);
        new Select(page.find(By.cssSelector("#auto-reply-form select[name=trigger]"))).selectByValue("KEYWORD");
        page.find(By.cssSelector("#auto-reply-form input[name=pattern]")).sendKeys("(" + keyword);
        page.find(By.cssSelector("#auto-reply-form textarea[name=text]")).sendKeys(automated);
        page.find(By.cssSelector("#auto-reply-form button[type=submit]")).sendKeys(Keys.ENTER);
        WebElement refused = page.await(By.id("auto-replies-problem"));
        assertThat(refused.getText()).as("the REST problem, said").startsWith("Keyword rule not created: pattern:")
                .endsWith("(invalid-request)");
        WebElement pattern = page.find(By.cssSelector("#auto-reply-form input[name=pattern]"));
        pattern.clear();
        pattern.sendKeys(keyword, Keys.ENTER);
        page.awaitText("auto-replies-done", "Keyword rule created.");
        JsonNode rule = StreamSupport.stream(lifeline.call("GET", "/api/query/auto-replies", adminToken, null).spliterator(), false)
                .filter(one -> keyword.equals(one.path("pattern").asString())).findFirst().orElseThrow();
        assertThat(rule.path("trigger").asString()).isEqualTo("KEYWORD");
        assertThat(rule.path("text").asString()).isEqualTo(automated);
        String ruleId = rule.path("ruleId").asString();
        page.awaitText(By.cssSelector("#auto-replies-list tr[data-rule='" + ruleId + "'] .text"), automated);

        page.find(By.cssSelector(".parts button[data-part='canned']")).sendKeys(Keys.ENTER);
        page.find(By.cssSelector("#canned-form input[name=shortcut]")).sendKeys(shortcut, Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys("Hello {visitor.name}, I am {agent.name}.");
        page.find(By.cssSelector("#canned-form button[type=submit]")).sendKeys(Keys.ENTER);
        page.awaitText("canned-done", "Canned reply /" + shortcut + " created.");
        JsonNode canned = lifeline.call("GET", "/api/query/canned-replies?q=" + shortcut, adminToken, null);
        assertThat(canned).hasSize(1);
        assertThat(canned.get(0).path("text").asString()).isEqualTo("Hello {visitor.name}, I am {agent.name}.");
        assertThat(lifeline.call("GET", "/api/query/canned-replies/" + canned.get(0).path("cannedReplyId").asString() + "/text",
                adminToken, null).path("text").asString()).isEqualTo("Hello {visitor.name}, I am Avery Automation.");
        page.find(By.cssSelector(".try-canned .canned-search")).sendKeys("/" + shortcut);
        page.await(By.cssSelector(".try-canned .canned-found li[aria-selected='true']"));
        page.find(By.cssSelector(".try-canned .canned-search")).sendKeys(Keys.ENTER);
        page.awaitText("canned-tried", "Hello {visitor.name}, I am Avery Automation.");

        var device = lifeline.newDevice();
        String conversation = lifeline.startConversation(device.token(), "Is the " + keyword + " loose?");
        JsonNode reply = awaitAutomatedReply(lifeline, adminToken, conversation, ruleId);
        assertThat(reply.path("payload").path("content").path("body").asString()).isEqualTo(automated);
        assertThat(reply.path("payload").path("content").path("kind").asString()).isEqualTo("SYSTEM");

        // The reply box finds the canned reply by its shortcut and sends it filled.
        ConsoleFixtures.assign(lifeline, conversation, admin);
        lifeline.call("PUT", "/api/conversations/" + conversation + "/labels/" + keyword, lifeline.adminToken(), null);
        lifeline.awaitProjections();
        page.showPage("inbox");
        page.find(By.cssSelector(".find input[name=label]")).sendKeys(keyword, Keys.ENTER);
        page.open(conversation);
        page.find(By.cssSelector("#reply .canned-search")).sendKeys("/" + shortcut);
        page.await(By.cssSelector("#reply .canned-found li[aria-selected='true']"));
        page.find(By.cssSelector("#reply .canned-search")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> "Hello {visitor.name}, I am Avery Automation."
                .equals(driver.findElement(By.cssSelector("#reply textarea")).getAttribute("value")));
        assertThat(browser.driver().switchTo().activeElement().getTagName()).as("back to the reply").isEqualTo("textarea");
        // The visitor's name, which Lifeline does not know, is selected: what the agent types replaces it.
        browser.driver().switchTo().activeElement().sendKeys("Sam");
        assertThat(page.find(By.cssSelector("#reply textarea")).getAttribute("value")).isEqualTo("Hello Sam, I am Avery Automation.");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        page.awaitMessage("Hello Sam, I am Avery Automation.");

        page.showPage("automation");
        page.find(By.cssSelector(".parts button[data-part='auto-replies']")).sendKeys(Keys.ENTER);
        page.find(By.cssSelector("#auto-replies-list tr[data-rule='" + ruleId + "'] .edit")).sendKeys(Keys.ENTER);
        page.await(By.cssSelector("#auto-reply-form[aria-label='Change the automated reply']"));
        WebElement text = page.find(By.cssSelector("#auto-reply-form textarea[name=text]"));
        assertThat(text.getAttribute("value")).isEqualTo(automated);
        text.clear();
        text.sendKeys("Changed: " + automated);
        page.find(By.cssSelector("#auto-reply-form button[type=submit]")).sendKeys(Keys.ENTER);
        page.awaitText("auto-replies-done", "Keyword rule changed.");
        page.awaitText(By.cssSelector("#auto-replies-list tr[data-rule='" + ruleId + "'] .text"), "Changed: " + automated);
        assertThat(lifeline.call("GET", "/api/query/auto-replies", adminToken, null).toString())
                .contains("\"text\":\"Changed: " + automated + "\"");
        browser.screenshot("console-automation");

        page.find(By.cssSelector("#auto-replies-list tr[data-rule='" + ruleId + "'] .remove")).sendKeys(Keys.ENTER);
        page.await(By.cssSelector("#auto-replies-list tr[data-rule='" + ruleId + "'] .confirm-remove"));
        assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).isEqualTo("confirm-remove");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        page.awaitText("auto-replies-done", "Keyword rule removed.");
        assertThat(lifeline.call("GET", "/api/query/auto-replies", adminToken, null).toString()).doesNotContain(ruleId);

        page.find(By.cssSelector(".parts button[data-part='targets']")).sendKeys(Keys.ENTER);
        page.find(By.cssSelector("#targets-list tr[data-target='FIRST_RESPONSE/LOW/BID'] .remove")).sendKeys(Keys.ENTER);
        page.awaitText("targets-done", "First response target for LOW conversations in BID removed.");
        page.find(By.cssSelector("#targets-list tr[data-target='FIRST_RESPONSE/HIGH/BID'] .remove")).sendKeys(Keys.ENTER);
        page.awaitText("targets-done", "First response target for HIGH conversations in BID removed.");
        assertThat(lifeline.call("GET", "/api/query/response-targets", adminToken, null).toString())
                .doesNotContain("\"priority\":\"LOW\",\"context\":\"BID\"").doesNotContain("\"priority\":\"HIGH\",\"context\":\"BID\"");
        assertThat(browser.consoleErrors()).as("nothing but the browser's note of the refused pattern")
                .singleElement().asString().contains("/api/auto-replies", "400");
    }

    @Test
    void anAdminKeepsATeamAndAnAgentsCapacityAndAwayHoursAreSentAsTheApiReadsThem(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var admin = ConsoleFixtures.newStaff(lifeline, "ADMIN", "Rhea Routing");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var member = ConsoleFixtures.newStaff(lifeline, "AGENT", "Mo Member " + unique);
        String team = "Night desk " + unique;
        var page = ConsolePage.signIn(browser, lifeline.base(), admin.username(), admin.password());

        page.find(By.cssSelector("nav button[data-page='automation']")).sendKeys(Keys.ENTER);
        page.find(By.cssSelector(".parts button[data-part='routing']")).sendKeys(Keys.ENTER);
        page.find(By.cssSelector("#team-form input[name=name]")).sendKeys(team);
        new Select(page.find(By.cssSelector("#team-form select[name=strategy]"))).selectByValue("LEAST_LOADED");
        page.find(By.cssSelector("#team-form button[type=submit]")).sendKeys(Keys.ENTER);
        page.awaitText("routing-done", "Team " + team + " created.");
        JsonNode created = StreamSupport.stream(lifeline.call("GET", "/api/query/routing/teams", lifeline.adminToken(), null)
                .spliterator(), false).filter(one -> team.equals(one.path("name").asString())).findFirst().orElseThrow();
        assertThat(created.path("strategy").asString()).isEqualTo("LEAST_LOADED");
        String teamId = created.path("teamId").asString();

        new Select(page.find(By.cssSelector("li[data-team='" + teamId + "'] .join select"))).selectByValue(member.staffId());
        page.find(By.cssSelector("li[data-team='" + teamId + "'] .join button")).sendKeys(Keys.ENTER);
        page.awaitText("routing-done", "Mo Member " + unique + " joined " + team + ".");
        assertThat(page.find(By.cssSelector("li[data-team='" + teamId + "'] .member")).getText()).startsWith("Mo Member " + unique);
        assertThat(lifeline.call("GET", "/api/query/routing/teams", lifeline.adminToken(), null).toString())
                .contains("\"teamId\":\"" + teamId + "\",\"name\":\"" + team + "\",\"strategy\":\"LEAST_LOADED\",\"members\":[\""
                        + member.staffId() + "\"]");
        WebElement capacity = page.find(By.cssSelector("#agents-list tr[data-agent='" + member.staffId() + "'] .capacity input"));
        capacity.sendKeys("3", Keys.ENTER);
        page.awaitText("routing-done", "Mo Member " + unique + " takes up to 3 conversations.");
        JsonNode agent = StreamSupport.stream(lifeline.call("GET", "/api/query/routing/agents", lifeline.adminToken(), null)
                .spliterator(), false).filter(one -> member.staffId().equals(one.path("staffId").asString())).findFirst().orElseThrow();
        assertThat(agent.path("capacity").asInt()).isEqualTo(3);

        // An away rule is global and would answer other tests' visitors: this one is refused for its zone,
        // after the API has read the opening hours and holidays the form sent (a malformed one fails first).
        page.find(By.cssSelector(".parts button[data-part='auto-replies']")).sendKeys(Keys.ENTER);
        new Select(page.find(By.cssSelector("#auto-reply-form select[name=trigger]"))).selectByValue("AWAY");
        page.find(By.cssSelector("#auto-reply-form textarea[name=text]")).sendKeys("We are away.");
        WebElement zone = page.find(By.cssSelector("#auto-reply-form input[name=zone]"));
        zone.clear();
        zone.sendKeys("Mars/Olympus");
        page.find(By.cssSelector("#auto-reply-form .add-opening")).sendKeys(Keys.ENTER);
        assertThat(browser.driver().findElements(By.cssSelector("#auto-reply-form .opening"))).hasSize(2);
        page.find(By.cssSelector("#auto-reply-form input[name=holidays]")).sendKeys("2026-12-25, 2026-12-26");
        page.find(By.cssSelector("#auto-reply-form button[type=submit]")).sendKeys(Keys.ENTER);
        page.awaitText("auto-replies-problem", "Away rule not created: zone: is a time zone such as Europe/Berlin (invalid-request)");
        assertThat(lifeline.call("GET", "/api/query/auto-replies", lifeline.adminToken(), null).toString()).doesNotContain("We are away.");
    }

    @Test
    void onlyAdminsAreOfferedTheAutomationPage(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var analyst = ConsoleFixtures.newStaff(lifeline, "ANALYST");
        var page = ConsolePage.signIn(browser, lifeline.base(), analyst.username(), analyst.password());
        page.await(By.cssSelector("nav button[data-page='processors']"));
        assertThat(browser.driver().findElements(By.cssSelector("nav button[data-page='automation']"))).isEmpty();
    }

    /** The conversation's MessageSent written by the rule, from its stored events (the automated reply is a system message). */
    private static JsonNode awaitAutomatedReply(StandaloneForTests lifeline, String token, String conversation, String ruleId)
            throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            JsonNode events = lifeline.call("GET", "/api/query/conversations/" + conversation + "/events?after=-1&limit=500", token,
                    null).path("events");
            for (JsonNode event : events) {
                if ("MessageSent".equals(event.path("type").asString())
                        && ("auto-reply." + ruleId).equals(event.path("payload").path("author").path("id").asString())) {
                    return event;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no automated reply by rule " + ruleId + " in " + conversation);
    }
}
