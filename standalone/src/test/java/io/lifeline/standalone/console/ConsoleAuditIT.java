package io.lifeline.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The audit history: an analyst finds who did what to one conversation, reads it as text, and exports it. */
@ExtendWith(BrowserExtension.class)
class ConsoleAuditIT {

    @Test
    void anAnalystFiltersTheAuditHistoryByConversationAndExportsWhatIsShown(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var analyst = ConsoleFixtures.newStaff(lifeline, "ANALYST");
        var agent = ConsoleFixtures.newStaff(lifeline, "AGENT");
        var assigned = ConsoleFixtures.conversationAssignedTo(lifeline, agent, "Audited");
        String payload = "<img src=x onerror=\"window.pwned=1\">";
        lifeline.call("POST", "/api/conversations/" + assigned.conversationId() + "/messages", assigned.device().token(),
                Map.of("clientMessageId", "audited-1", "text", payload));
        lifeline.awaitProjections();
        var page = ConsolePage.signIn(browser, lifeline.base(), analyst.username(), analyst.password());

        page.showPage("audit");
        page.find(By.cssSelector("#audit-filter input[name=aggregateId]")).sendKeys(assigned.conversationId(), Keys.ENTER);
        page.await(By.cssSelector("#audit-entries tr[data-type='StaffAssigned']"));
        assertThat(browser.driver().findElements(By.cssSelector("#audit-entries tbody tr")))
                .extracting(row -> row.getAttribute("data-type"))
                .containsExactly("ConversationStarted", "MessageSent", "StaffAssigned", "MessageSent");
        var sent = browser.driver().findElements(By.cssSelector("#audit-entries tr[data-type='MessageSent']")).get(1);
        sent.findElement(By.tagName("summary")).click();
        assertThat(sent.findElement(By.className("payload")).getText()).contains("window.pwned=1");
        assertThat(page.find(By.id("audit-export")).getAttribute("href")).startsWith("blob:");
        assertThat(page.find(By.id("audit-export")).getAttribute("download")).isEqualTo("lifeline-audit.json");
        browser.screenshot("console-audit");

        assertThat(browser.run("return window.pwned === undefined;")).as("no payload ran").isEqualTo(true);
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
