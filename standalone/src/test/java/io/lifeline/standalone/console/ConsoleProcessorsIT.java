package io.lifeline.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The analysts' page: each projection's state, and a rebuild followed on its progress bar to the end. */
@ExtendWith(BrowserExtension.class)
class ConsoleProcessorsIT {

    @Test
    void anAnalystStartsARebuildAndWatchesItsProgressBarReachAHundredPercent(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var analyst = ConsoleFixtures.newStaff(lifeline, "ANALYST");
        var page = ConsolePage.signIn(browser, lifeline.base(), analyst.username(), analyst.password());

        page.showPage("processors");
        var stats = page.await(By.cssSelector("tr[data-processor='stats']"));
        assertThat(stats.findElement(By.className("state")).getText()).isNotBlank();
        stats.findElement(By.cssSelector(".rebuild button")).click();

        page.await(By.cssSelector("tr[data-processor='stats'] progress"));
        page.awaitText(By.cssSelector("tr[data-processor='stats'] .percent"), "100 %");
        assertThat(page.find(By.cssSelector("tr[data-processor='stats'] progress")).getAttribute("value")).isEqualTo("100");
        page.await(By.cssSelector("tr[data-processor='stats'] .rebuild button"));
        browser.screenshot("console-processors");
        assertThat(lifeline.call("GET", "/api/query/processors/stats", lifeline.adminToken(), null).path("replaying")
                .asBoolean()).as("the rebuild is over").isFalse();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anAgentIsNotOfferedTheProcessorsPage(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var agent = ConsoleFixtures.newStaff(lifeline, "AGENT");
        var page = ConsolePage.signIn(browser, lifeline.base(), agent.username(), agent.password());

        page.await(By.cssSelector("nav button[data-page='inbox']"));
        assertThat(browser.driver().findElements(By.cssSelector("nav button[data-page='processors']"))).isEmpty();
    }
}
