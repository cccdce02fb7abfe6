package io.lifeline.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The analysts' pages with the keyboard alone: every control below is reached by Tab (or Shift+Tab)
 * from where the focus is, and worked with Enter or typing; nothing is clicked.
 */
@ExtendWith(BrowserExtension.class)
class ConsoleKeyboardPagesIT {
    /** More than any page here has controls before the one sought. */
    private static final int MOST_TABS = 300;

    @Test
    void anAnalystDrillsIntoStatsFiltersTheAuditAndRebuildsAProjectionWithTheKeyboardAlone(TestBrowser browser)
            throws Exception {
        var lifeline = StandaloneForTests.shared();
        var analyst = ConsoleFixtures.newStaff(lifeline, "ANALYST");
        var agent = ConsoleFixtures.newStaff(lifeline, "AGENT");
        var assigned = ConsoleFixtures.conversationAssignedTo(lifeline, agent, "Keyboard only");
        lifeline.awaitProjections();
        var page = ConsolePage.signIn(browser, lifeline.base(), analyst.username(), analyst.password());

        tabTo(browser, By.cssSelector("nav button[data-page='stats']")).sendKeys(Keys.ENTER);
        page.await(By.cssSelector("button.count"));
        tabTo(browser, By.cssSelector("button.count")).sendKeys(Keys.ENTER);
        page.await(By.cssSelector(".drill-down li[data-conversation]"));

        tabTo(browser, By.cssSelector("nav button[data-page='audit']")).sendKeys(Keys.ENTER);
        tabTo(browser, By.cssSelector("#audit-filter input[name=aggregateId]")).sendKeys(assigned.conversationId(), Keys.ENTER);
        page.await(By.cssSelector("#audit-entries tr[data-type='StaffAssigned']"));

        tabTo(browser, By.cssSelector("nav button[data-page='processors']")).sendKeys(Keys.ENTER);
        page.await(By.cssSelector("tr[data-processor='unread'] .rebuild button"));
        tabTo(browser, By.cssSelector("tr[data-processor='unread'] .rebuild button")).sendKeys(Keys.ENTER);
        page.awaitText(By.cssSelector("tr[data-processor='unread'] .percent"), "100 %");
        page.await(By.cssSelector("tr[data-processor='unread'] .rebuild button"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /**
     * Moves the focus with Tab until it is on the element sought, or, if Tab leaves the page first, back
     * with Shift+Tab: the element is reachable with the keyboard from where the focus was.
     */
    private static WebElement tabTo(TestBrowser browser, By sought) {
        for (CharSequence step : new CharSequence[] {Keys.TAB, Keys.chord(Keys.SHIFT, Keys.TAB)}) {
            for (int press = 0; press < MOST_TABS; press++) {
                WebElement focused = browser.driver().switchTo().activeElement();
                if (browser.driver().findElements(sought).contains(focused)) {
                    return focused;
                }
                new Actions(browser.driver()).sendKeys(step).perform();
            }
        }
        throw new AssertionError("no Tab or Shift+Tab reaches " + sought);
    }
}
