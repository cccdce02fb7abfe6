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

/** The console loses its network while a visitor writes: when it returns, it shows every message once, in order. */
@ExtendWith(BrowserExtension.class)
class ConsoleAfterANetworkDropIT {
    private static final long DROP_MILLIS = 10_000;

    @Test
    void twentyMessagesSentWhileTheConsoleWasOfflineForTenSecondsShowOnceEachInOrder(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var agent = ConsoleFixtures.newStaff(lifeline, "AGENT");
        var assigned = ConsoleFixtures.conversationAssignedTo(lifeline, agent, "Dropped line");
        var device = assigned.device();
        String conversation = assigned.conversationId();
        var page = ConsolePage.signIn(browser, lifeline.base(), agent.username(), agent.password());
        page.view("mine");
        page.open(conversation);
        page.awaitMessage("Dropped line");

        long dropped = System.currentTimeMillis();
        browser.offline(true);
        page.await(By.cssSelector("#connection:not(.open)"));
        List<String> sent = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            sent.add("while you were away " + i);
            lifeline.call("POST", "/api/conversations/" + conversation + "/messages", device.token(),
                    Map.of("clientMessageId", "away-" + i, "text", sent.get(sent.size() - 1)));
        }
        Thread.sleep(Math.max(0, DROP_MILLIS - (System.currentTimeMillis() - dropped)));
        browser.offline(false);

        page.awaitMessage("while you were away 20");
        List<String> expected = new ArrayList<>(List.of("Dropped line"));
        expected.addAll(sent);
        assertThat(page.messageTexts()).containsExactlyElementsOf(expected);
        page.await(By.cssSelector("#connection.open"));
        page.inboxItemShowing(conversation, "while you were away 20"); // times out, failing, if the inbox never catches up
    }
}
