package io.lifeline.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** What visitors type reaches the console's page as text: nothing they send runs there. */
@ExtendWith(BrowserExtension.class)
class ConsoleShowsTextAsTextIT {
    private static final int SUBJECTS = 5;
    private static final int PAYLOADS = 50;

    @Test
    void fiftyScriptPayloadsInSubjectsMessagesAndNotesShowAsTheirTextAndNoneRuns(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        List<String> payloads = ScriptPayloads.first(PAYLOADS);
        var agent = ConsoleFixtures.newStaff(lifeline, "AGENT");
        var device = lifeline.newDevice();
        List<String> conversations = new ArrayList<>();
        for (String subject : payloads.subList(0, SUBJECTS)) {
            conversations.add(lifeline.call("POST", "/api/conversations", device.token(), Map.of("channel", "WIDGET",
                    "subject", subject, "startNew", true)).path("conversationId").asString());
            ConsoleFixtures.assign(lifeline, conversations.get(conversations.size() - 1), agent);
        }
        String worked = conversations.get(0);
        List<String> messages = payloads.subList(SUBJECTS, PAYLOADS - SUBJECTS);
        for (int i = 0; i < messages.size(); i++) {
            lifeline.call("POST", "/api/conversations/" + worked + "/messages", device.token(),
                    Map.of("clientMessageId", "payload-" + i, "text", messages.get(i)));
        }
        List<String> notes = payloads.subList(PAYLOADS - SUBJECTS, PAYLOADS);
        for (String note : notes) {
            lifeline.call("POST", "/api/conversations/" + worked + "/notes", lifeline.adminToken(), Map.of("text", note));
        }
        lifeline.awaitProjections();

        var page = ConsolePage.signIn(browser, lifeline.base(), agent.username(), agent.password());
        page.view("mine");
        for (int i = 0; i < SUBJECTS; i++) {
            assertThat(page.inboxItem(conversations.get(i)).findElement(By.className("subject")).getText())
                    .isEqualTo(payloads.get(i));
        }
        page.open(worked);
        page.awaitMessage(messages.get(messages.size() - 1));
        assertThat(page.messageTexts()).containsExactlyElementsOf(messages);
        assertThat(browser.driver().findElements(By.cssSelector("#timeline .note .text")))
                .extracting(note -> note.getText()).containsExactlyElementsOf(notes);
        assertThat(page.find(By.cssSelector(".header .subject")).getText()).isEqualTo(payloads.get(0));
        browser.screenshot("console-script-payloads");

        assertThat(browser.run("return window.pwned === undefined;")).as("no payload ran").isEqualTo(true);
        assertThat(browser.driver().findElements(By.cssSelector("#app script, #app iframe, #app svg, #app img, #app details")))
                .as("no element came from a payload").isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
