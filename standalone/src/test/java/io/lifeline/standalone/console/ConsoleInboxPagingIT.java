package io.lifeline.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A long queue is shown a hundred at a time, the rest on request, page after page from the API. */
@ExtendWith(BrowserExtension.class)
class ConsoleInboxPagingIT {
    private static final int CONVERSATIONS = 101;
    private static final int DEVICES = 11;
    private static final long PACE_MILLIS = 60;

    @Test
    void theInboxShowsAHundredConversationsAndTheRestOnRequest(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var agent = ConsoleFixtures.newStaff(lifeline, "AGENT");
        List<String> devices = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            devices.add(lifeline.newDevice().token());
        }
        for (int i = 0; i < CONVERSATIONS; i++) {
            // Paced under the per-address rate limit that every test in this JVM shares, a device's under its own.
            Thread.sleep(PACE_MILLIS);
            String conversation = lifeline.startConversation(devices.get(i % DEVICES), "In the queue " + i);
            ConsoleFixtures.assign(lifeline, conversation, agent);
        }
        lifeline.awaitProjections();
        var page = ConsolePage.signIn(browser, lifeline.base(), agent.username(), agent.password());
        page.view("mine");

        page.await(By.id("show-more"));
        assertThat(browser.driver().findElements(By.cssSelector("#inbox-items .item"))).hasSize(100);
        page.click("show-more");
        page.awaitGone(By.id("show-more"));
        assertThat(browser.driver().findElements(By.cssSelector("#inbox-items .item"))).hasSize(CONVERSATIONS);
    }
}
