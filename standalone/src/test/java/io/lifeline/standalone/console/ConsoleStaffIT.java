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

/** The staff directory in the console: colleagues by display name, and the admins' staff page, keyboard only. */
@ExtendWith(BrowserExtension.class)
class ConsoleStaffIT {

    @Test
    void staffAreShownByTheirDisplayNamesAsText(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var reader = ConsoleFixtures.newStaff(lifeline, "AGENT", "Rita Reader");
        String colleagueName = "Cole <img src=x onerror=\"window.pwned=1\">";
        var colleague = ConsoleFixtures.newStaff(lifeline, "AGENT", colleagueName);
        var assigned = ConsoleFixtures.conversationAssignedTo(lifeline, colleague, "Named " + UUID.randomUUID());
        lifeline.call("POST", "/api/conversations/" + assigned.conversationId() + "/messages",
                lifeline.call("POST", "/api/sessions/staff", null,
                        Map.of("username", colleague.username(), "password", colleague.password())).path("session").path("token").asString(),
                Map.of("clientMessageId", "named-1", "text", "I am on it"));
        String label = "named-" + UUID.randomUUID().toString().substring(0, 8); // finds it in however long a queue
        lifeline.call("PUT", "/api/conversations/" + assigned.conversationId() + "/labels/" + label, lifeline.adminToken(), null);
        lifeline.awaitProjections();

        var page = ConsolePage.signIn(browser, lifeline.base(), reader.username(), reader.password());
        page.awaitText(By.id("signed-in-as"), "Rita Reader · AGENT");
        page.find(By.cssSelector(".find input[name=label]")).sendKeys(label, Keys.ENTER);
        page.awaitText(By.cssSelector(".item[data-conversation='" + assigned.conversationId() + "'] .assignee"), colleagueName);
        page.open(assigned.conversationId());
        page.awaitMessage("I am on it");
        page.awaitText(By.cssSelector("#timeline .message.outgoing .who"), colleagueName);
        assertThat(browser.driver().findElements(By.cssSelector("#timeline .system .detail")))
                .extracting(WebElement::getText).contains("assignee: " + colleagueName);

        assertThat(browser.run("return window.pwned === undefined;")).as("no name ran as markup").isEqualTo(true);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anAdminRegistersChangesDeactivatesAndUnlocksStaffWithTheKeyboardAlone(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var admin = ConsoleFixtures.newStaff(lifeline, "ADMIN", "Ada Admin");
        var locked = ConsoleFixtures.newStaff(lifeline, "AGENT", "Lou Locked");
        for (int failure = 0; failure < 5; failure++) {
            lifeline.status("POST", "/api/sessions/staff", null, Map.of("username", locked.username(), "password", "wrong " + failure));
        }
        assertThat(signInStatus(lifeline, locked.username(), locked.password())).as("throttled").isEqualTo(429);
        var page = ConsolePage.signIn(browser, lifeline.base(), admin.username(), admin.password());

        page.find(By.cssSelector("nav button[data-page='staff']")).sendKeys(Keys.ENTER);
        page.await(By.cssSelector("#staff-list tr[data-staff='" + admin.staffId() + "']"));
        String username = "kim-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a long enough pass phrase " + UUID.randomUUID();
        page.find(By.cssSelector("#staff-create input[name=username]")).sendKeys(username, Keys.TAB);
        focused(browser).sendKeys("Kim <b>Keys</b>", Keys.TAB);
        focused(browser).sendKeys(Keys.ARROW_DOWN); // AGENT -> ANALYST
        focused(browser).sendKeys(Keys.TAB);
        focused(browser).sendKeys(password, Keys.ENTER);
        page.awaitText("staff-done", username + " registered.");
        WebElement kim = page.await(By.xpath("//tr[td[@class='username' and text()='" + username + "']]"));
        String kimId = kim.getAttribute("data-staff");
        assertThat(kim.findElement(By.className("name")).getText()).isEqualTo("Kim <b>Keys</b>");
        assertThat(kim.findElement(By.className("role")).getAttribute("value")).isEqualTo("ANALYST");
        assertThat(signInStatus(lifeline, username, password)).isEqualTo(201);

        row(page, kimId).findElement(By.className("role")).sendKeys(Keys.ARROW_DOWN); // ANALYST -> ADMIN
        page.awaitText("staff-done", "Kim <b>Keys</b> is now ADMIN.");
        assertThat(lifeline.call("GET", "/api/query/staff/" + kimId, lifeline.adminToken(), null).path("role").asString())
                .isEqualTo("ADMIN");

        row(page, locked.staffId()).findElement(By.className("reset")).sendKeys(Keys.ENTER);
        String newPassword = "another long pass phrase " + UUID.randomUUID();
        page.await(By.cssSelector("tr[data-staff='" + locked.staffId() + "'] .reset-password input"));
        assertThat(focused(browser).getAttribute("name")).as("the new password's field has the focus").isEqualTo("password");
        focused(browser).sendKeys(newPassword, Keys.ENTER);
        page.awaitText("staff-done", "Lou Locked's password reset; they may sign in again.");
        assertThat(signInStatus(lifeline, locked.username(), newPassword)).as("unlocked by the reset").isEqualTo(201);
        browser.screenshot("console-staff");

        row(page, kimId).findElement(By.className("deactivate")).sendKeys(Keys.ENTER);
        page.await(By.cssSelector("tr[data-staff='" + kimId + "'] .confirm-deactivate"));
        assertThat(focused(browser).getAttribute("class")).isEqualTo("confirm-deactivate");
        focused(browser).sendKeys(Keys.ENTER);
        page.awaitText("staff-done", "Kim <b>Keys</b> deactivated.");
        page.await(By.cssSelector("tr.inactive[data-staff='" + kimId + "']"));
        assertThat(signInStatus(lifeline, username, password)).as("deactivated").isEqualTo(401);
        assertThat(row(page, admin.staffId()).findElements(By.className("deactivate"))).as("not oneself").isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void onlyAdminsAreOfferedTheStaffPage(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var analyst = ConsoleFixtures.newStaff(lifeline, "ANALYST");
        var page = ConsolePage.signIn(browser, lifeline.base(), analyst.username(), analyst.password());
        page.await(By.cssSelector("nav button[data-page='processors']"));
        assertThat(browser.driver().findElements(By.cssSelector("nav button[data-page='staff']"))).isEmpty();
    }

    private static WebElement row(ConsolePage page, String staffId) {
        return page.await(By.cssSelector("#staff-list tr[data-staff='" + staffId + "']"));
    }

    private static WebElement focused(TestBrowser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private static int signInStatus(StandaloneForTests lifeline, String username, String password) throws Exception {
        return lifeline.status("POST", "/api/sessions/staff", null, Map.of("username", username, "password", password));
    }
}
