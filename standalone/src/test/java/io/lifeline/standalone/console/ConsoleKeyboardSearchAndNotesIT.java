package io.lifeline.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * An agent works with the keyboard alone, finds a conversation by what was written, leaves a private
 * note, and sees the server's unread counts.
 */
@ExtendWith(BrowserExtension.class)
class ConsoleKeyboardSearchAndNotesIT {

    @Test
    void theKeysMoveThroughTheInboxAndEnterOpensTheChosenConversation(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var agent = ConsoleFixtures.newStaff(lifeline, "AGENT");
        for (String subject : List.of("First in line", "Second in line", "Third in line")) {
            ConsoleFixtures.conversationAssignedTo(lifeline, agent, subject);
        }
        var page = ConsolePage.signIn(browser, lifeline.base(), agent.username(), agent.password());
        page.view("mine");
        page.await(By.cssSelector("#inbox-items .item:nth-child(3)"));
        List<String> shown = browser.driver().findElements(By.cssSelector("#inbox-items .item")).stream()
                .map(row -> row.getAttribute("data-conversation")).toList();
        browser.run("document.activeElement.blur();");

        new Actions(browser.driver()).sendKeys("j").sendKeys(Keys.ARROW_DOWN).sendKeys("k").sendKeys("j").sendKeys(Keys.ENTER)
                .perform();

        page.await(By.cssSelector(".conversation[data-conversation='" + shown.get(2) + "'] #timeline"));
        assertThat(page.find(By.cssSelector("#inbox-items .item.focused")).getAttribute("data-conversation"))
                .isEqualTo(shown.get(2));
    }

    @Test
    void aSearchFindsTheConversationByItsWordsAPrivateNoteStaysWithStaffAndItSnoozesAndReopens(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var agent = ConsoleFixtures.newStaff(lifeline, "AGENT");
        var device = lifeline.newDevice();
        String word = "zebra" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        String conversation = lifeline.startConversation(device.token(), "Lost " + word + " near the bridge");
        ConsoleFixtures.assign(lifeline, conversation, agent);
        lifeline.awaitProjections();
        var page = ConsolePage.signIn(browser, lifeline.base(), agent.username(), agent.password());

        page.find(By.cssSelector(".find input[name=words]")).sendKeys(word, Keys.ENTER);
        WebElement hit = page.await(By.cssSelector("#inbox-items .hit[data-conversation='" + conversation + "']"));
        assertThat(hit.findElement(By.tagName("mark")).getText()).isEqualTo(word);
        hit.findElement(By.tagName("button")).click();
        page.await(By.cssSelector(".conversation[data-conversation='" + conversation + "'] #timeline"));

        page.find(By.cssSelector("#reply input[name=note]")).click();
        page.reply("Called the station; a patrol is on its way");
        page.await(By.cssSelector("#timeline .note .text"));
        assertThat(page.find(By.cssSelector("#timeline .note .text")).getText())
                .isEqualTo("Called the station; a patrol is on its way");
        assertThat(lifeline.call("GET", "/api/query/conversations/" + conversation + "/timeline", device.token(), null)
                .path("entries").toString()).as("the device's timeline").doesNotContain("patrol");

        page.click("snooze");
        page.awaitText("status", "SNOOZED");
        page.click("reopen");
        page.awaitText("status", "OPEN");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void unreadBadgesShowTheServersCountsAndClearOnceTheAgentHasReadTheConversation(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var agent = ConsoleFixtures.newStaff(lifeline, "AGENT");
        var assigned = ConsoleFixtures.conversationAssignedTo(lifeline, agent, "Unread");
        var device = assigned.device();
        String conversation = assigned.conversationId();
        var page = ConsolePage.signIn(browser, lifeline.base(), agent.username(), agent.password());
        page.view("mine");
        page.inboxItem(conversation);

        for (int i = 1; i <= 3; i++) {
            lifeline.call("POST", "/api/conversations/" + conversation + "/messages", device.token(),
                    Map.of("clientMessageId", "unread-" + i, "text", "are you there? " + i));
        }
        lifeline.awaitProjections();
        String agentToken = lifeline.call("POST", "/api/sessions/staff", null,
                Map.of("username", agent.username(), "password", agent.password())).path("session").path("token").asString();
        long unread = lifeline.call("GET", "/api/query/unread", agentToken, null).path("total").asLong();
        assertThat(unread).isPositive();
        page.awaitText(By.cssSelector(".item[data-conversation='" + conversation + "'] .badge"), Long.toString(unread));
        page.awaitText(By.id("unread-total"), Long.toString(unread));

        page.open(conversation);
        page.awaitMessage("are you there? 3");
        page.awaitGone(By.cssSelector(".item[data-conversation='" + conversation + "'] .badge"));
        assertThat(lifeline.call("GET", "/api/query/unread", agentToken, null).path("total").asLong()).isZero();
    }
}
