package io.lifeline.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/** What an agent does in a conversation beyond replying: reply to a chosen message, send a file, hand it to a colleague. */
@ExtendWith(BrowserExtension.class)
class ConsoleConversationToolsIT {
    /** Slow enough that an upload of {@link #FILE_BYTES} takes a few seconds and shows its progress on the way. */
    private static final int UPLOAD_BYTES_PER_SECOND = 400_000;
    private static final int FILE_BYTES = 1_200_000;

    @Test
    void anAgentRepliesToAMessageSendsAFileWithProgressAndTransfersTheConversation(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var agent = ConsoleFixtures.newStaff(lifeline, "AGENT", "Ann Sender");
        var colleague = ConsoleFixtures.newStaff(lifeline, "AGENT", "Ben Taker");
        var assigned = ConsoleFixtures.conversationAssignedTo(lifeline, agent, "Tools " + UUID.randomUUID());
        String conversation = assigned.conversationId();
        String question = lifeline.call("POST", "/api/conversations/" + conversation + "/messages", assigned.device().token(),
                Map.of("clientMessageId", "tools-1", "text", "Where do I go?")).path("messageId").asString();
        lifeline.awaitProjections();
        var page = ConsolePage.signIn(browser, lifeline.base(), agent.username(), agent.password());
        page.view("mine"); // the shared system's whole queue may be longer than a page
        page.open(conversation);
        page.awaitMessage("Where do I go?");

        // Reply to the visitor's question: chosen with the keyboard, quoted above the answer.
        WebElement asked = page.await(By.xpath("//li[contains(@class,'message')][p[@class='text' and text()='Where do I go?']]"));
        asked.findElement(By.className("reply-to")).sendKeys(Keys.ENTER);
        page.awaitText(By.cssSelector("#replying-to q"), "Where do I go?");
        browser.driver().switchTo().activeElement().sendKeys("Take the north exit", Keys.ENTER);
        page.awaitMessage("Take the north exit");
        WebElement answer = page.await(By.xpath("//li[contains(@class,'message')][p[@class='text' and text()='Take the north exit']]"));
        assertThat(answer.findElement(By.className("quoted")).getText()).contains("Visitor", "Where do I go?");
        assertThat(answer.findElement(By.className("quoted")).getAttribute("data-reply-to")).isEqualTo(question);
        assertThat(timelineEntry(lifeline, conversation, "Take the north exit").path("replyTo").asString()).isEqualTo(question);
        assertThat(browser.driver().findElements(By.id("replying-to"))).as("done replying").isEmpty();

        // A file, uploaded on a slow line: the progress bar moves, then the file is in the timeline under its name.
        Path file = Files.createTempDirectory("console-upload").resolve("evacuation plan.txt");
        Files.writeString(file, "Stairs B, then the north exit.\n".repeat(FILE_BYTES / 31));
        browser.run("""
                window.progressSeen = [];
                new MutationObserver(() => {
                  const bar = document.getElementById('upload-progress');
                  if (bar) window.progressSeen.push(Number(bar.value));
                }).observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});""");
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", UPLOAD_BYTES_PER_SECOND));
        try {
            page.find(By.id("attach")).sendKeys(file.toString());
            page.await(By.id("upload-progress"));
            page.await(By.cssSelector("#timeline .file .filename"));
        } finally {
            browser.offline(false);
        }
        page.awaitText(By.cssSelector("#timeline .file .filename"), "evacuation plan.txt");
        assertThat(page.find(By.cssSelector("#timeline .file")).getAttribute("download")).isEqualTo("evacuation plan.txt");
        @SuppressWarnings("unchecked")
        List<Number> progress = (List<Number>) browser.run("return window.progressSeen;");
        assertThat(progress).as("progress shown on the way").anySatisfy(percent ->
                assertThat(percent.intValue()).isStrictlyBetween(0, 100));
        assertThat(progress).allSatisfy(percent -> assertThat(percent.intValue()).isBetween(0, 100));

        // Hand the conversation to a colleague picked from the directory: recorded as a transfer.
        new Select(page.find(By.id("transfer-to"))).selectByVisibleText("Ben Taker (AGENT)");
        page.click("transfer");
        page.awaitText("assignee", "assigned to Ben Taker");
        page.await(By.xpath("//li[contains(@class,'system')][span[@class='fact' and text()='transferred']]"
                + "[span[@class='detail' and normalize-space(.)='assignee: Ben Taker']][span[@class='detail' and normalize-space(.)='reason: TRANSFER']]"));
        assertThat(lifeline.call("GET", "/api/query/conversations/" + conversation, lifeline.adminToken(), null)
                .path("assignee").asString()).isEqualTo(colleague.staffId());
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static JsonNode timelineEntry(StandaloneForTests lifeline, String conversation, String text) throws Exception {
        for (JsonNode entry : lifeline.call("GET", "/api/query/conversations/" + conversation + "/timeline?limit=100",
                lifeline.adminToken(), null).path("entries")) {
            if (text.equals(entry.path("text").asString())) return entry;
        }
        throw new AssertionError("no entry with the text " + text);
    }
}
