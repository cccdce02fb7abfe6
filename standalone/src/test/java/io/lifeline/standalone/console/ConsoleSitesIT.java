package io.lifeline.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admins' sites page: a site created and changed in the console, with the keyboard, is what the
 * widget's public settings then serve, and what decides which pages may start a chat.
 */
@ExtendWith(BrowserExtension.class)
class ConsoleSitesIT {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAdminCreatesASiteThenChangesItsGreetingAndOriginsAndTheWidgetSettingsFollow(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var admin = ConsoleFixtures.newStaff(lifeline, "ADMIN", "Sid Sites");
        String site = "shop-" + UUID.randomUUID().toString().substring(0, 8);
        var page = ConsolePage.signIn(browser, lifeline.base(), admin.username(), admin.password());

        page.find(By.cssSelector("nav button[data-page='sites']")).sendKeys(Keys.ENTER);
        page.find(By.id("site-new")).sendKeys(Keys.ENTER);
        page.await(By.cssSelector("#site-form input[name=siteId]"));
        assertThat(focused(browser).getAttribute("name")).as("the form opens on its first field").isEqualTo("siteId");
        focused(browser).sendKeys(site, Keys.TAB);
        focused(browser).sendKeys("Corner <b>Shop</b>");
        field(page, "greeting").sendKeys("Welcome to the shop!");
        field(page, "awayText").sendKeys("We are closed, leave a message.");
        page.find(By.cssSelector("#site-form select[name=position]")).sendKeys(Keys.ARROW_DOWN); // bottom left
        page.find(By.cssSelector("#site-form input[name=hasHours]")).sendKeys(Keys.SPACE);
        WebElement zone = field(page, "timeZone");
        zone.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Europe/Berlin");
        page.find(By.id("site-add-hours")).sendKeys(Keys.ENTER);
        page.await(By.cssSelector("#site-form .stretch input.time"));
        page.find(By.id("site-add-field")).sendKeys(Keys.ENTER);
        WebElement question = page.await(By.cssSelector("#site-form .prechat-field"));
        question.findElement(By.xpath(".//label[starts-with(normalize-space(.), 'Key')]/input")).sendKeys("email");
        question.findElement(By.xpath(".//label[starts-with(normalize-space(.), 'Label')]/input")).sendKeys("Your e-mail");
        question.findElement(By.tagName("select")).sendKeys(Keys.ARROW_DOWN); // TEXT -> EMAIL
        question.findElement(By.cssSelector("input[type=checkbox]")).sendKeys(Keys.SPACE);
        field(page, "allowedOrigins").sendKeys("https://shop.example");
        page.find(By.cssSelector("#site-form .save")).sendKeys(Keys.ENTER);
        page.awaitText("site-done", "Corner <b>Shop</b> saved.");
        page.await(By.cssSelector("#sites-list button[data-site='" + site + "']"));

        JsonNode published = awaitWidgetSettings(lifeline, site, settings -> settings.path("version").asLong() >= 0);
        assertThat(published.path("name").asString()).isEqualTo("Corner <b>Shop</b>");
        assertThat(published.path("greeting").asString()).isEqualTo("Welcome to the shop!");
        assertThat(published.path("awayText").asString()).isEqualTo("We are closed, leave a message.");
        assertThat(published.path("position").asString()).isEqualTo("BOTTOM_LEFT");
        assertThat(published.path("businessHours").path("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(published.path("businessHours").path("hours").get(0).toString())
                .isEqualTo("{\"day\":\"MONDAY\",\"opens\":\"09:00\",\"closes\":\"17:00\"}");
        assertThat(published.path("preChatFields").get(0).toString())
                .isEqualTo("{\"key\":\"email\",\"label\":\"Your e-mail\",\"type\":\"EMAIL\",\"required\":true}");
        assertThat(published.path("allowedOrigins").valueStream().map(JsonNode::asString)).containsExactly("https://shop.example");
        String snippet = page.find(By.id("site-snippet")).getAttribute("value");
        assertThat(snippet).isEqualTo("<script type=\"module\" src=\"" + lifeline.base() + "/widget/widget.js\" "
                + "data-lifeline-site=\"" + site + "\"></script>");

        // A refusal of the Site API is shown as the server words it, and nothing changes.
        WebElement origins = field(page, "allowedOrigins");
        origins.sendKeys(Keys.chord(Keys.CONTROL, "a"), "shop.example/path");
        page.find(By.cssSelector("#site-form .save")).sendKeys(Keys.ENTER);
        WebElement problem = page.await(By.id("site-problem"));
        assertThat(problem.getAttribute("role")).isEqualTo("alert");
        assertThat(problem.getText()).startsWith("Corner <b>Shop</b> not saved: ").contains("allowedOrigins", "https://shop.example")
                .endsWith("(invalid-request)");

        // The greeting and the origins changed; the widget's settings follow, and the origins decide who may chat.
        WebElement greeting = field(page, "greeting");
        greeting.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Hello again from the shop.");
        origins = field(page, "allowedOrigins");
        origins.sendKeys(Keys.chord(Keys.CONTROL, "a"), "https://shop.example", Keys.ENTER, "https://shop.example:8443");
        page.find(By.cssSelector("#site-form .save")).sendKeys(Keys.ENTER);
        JsonNode changed = awaitWidgetSettings(lifeline, site,
                settings -> "Hello again from the shop.".equals(settings.path("greeting").asString()));
        assertThat(changed.path("allowedOrigins").valueStream().map(JsonNode::asString))
                .containsExactly("https://shop.example", "https://shop.example:8443");
        assertThat(changed.path("version").asLong()).isGreaterThan(published.path("version").asLong());
        page.awaitText("site-done", "Corner <b>Shop</b> saved.");
        assertThat(browser.driver().findElements(By.id("site-problem"))).as("the refusal is gone with the next save").isEmpty();
        assertThat(page.find(By.cssSelector("#sites-list button[data-site='" + site + "'] .site-name")).getText())
                .as("names are text").isEqualTo("Corner <b>Shop</b>");

        assertThat(deviceSessionFrom(lifeline, site, "https://shop.example:8443").statusCode()).isEqualTo(201);
        HttpResponse<String> refused = deviceSessionFrom(lifeline, site, "https://elsewhere.example");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json.readTree(refused.body()).path("code").asString()).isEqualTo("origin-not-allowed");

        browser.driver().navigate().refresh();
        var reloaded = ConsolePage.signedIn(browser);
        reloaded.showPage("sites");
        reloaded.find(By.cssSelector("#sites-list button[data-site='" + site + "']")).sendKeys(Keys.ENTER);
        assertThat(field(reloaded, "greeting").getAttribute("value")).isEqualTo("Hello again from the shop.");
        assertThat(field(reloaded, "allowedOrigins").getAttribute("value"))
                .isEqualTo("https://shop.example\nhttps://shop.example:8443");
        assertThat(field(reloaded, "siteId").getAttribute("readonly")).as("a site's id is fixed once created").isNotNull();
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        Path shot = browser.screenshot("console-sites");
        Files.copy(shot, Path.of("target", "console-sites-1280x800.png"), StandardCopyOption.REPLACE_EXISTING);
        // "New site" with the id of an existing one does not overwrite it.
        reloaded.find(By.id("site-new")).sendKeys(Keys.ENTER);
        reloaded.await(By.cssSelector("#site-form input[name=siteId]:not([readonly])"));
        focused(browser).sendKeys(site, Keys.TAB);
        focused(browser).sendKeys("Another shop", Keys.ENTER);
        reloaded.awaitText("site-problem", "A site with the id " + site + " exists already: choose it in the list to change it.");
        assertThat(awaitWidgetSettings(lifeline, site, settings -> true).path("name").asString()).isEqualTo("Corner <b>Shop</b>");

        assertThat(browser.consoleErrors()).as("only the refusal provoked above").singleElement().asString()
                .contains("/api/sites/" + site + " - Failed to load resource: the server responded with a status of 400");
    }

    @Test
    void onlyAdminsAreOfferedTheSitesPage(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var analyst = ConsoleFixtures.newStaff(lifeline, "ANALYST");
        var page = ConsolePage.signIn(browser, lifeline.base(), analyst.username(), analyst.password());
        page.await(By.cssSelector("nav button[data-page='processors']"));
        assertThat(browser.driver().findElements(By.cssSelector("nav button[data-page='sites']"))).isEmpty();
    }

    private static WebElement field(ConsolePage page, String name) {
        return page.await(By.cssSelector("#site-form [name='" + name + "']"));
    }

    private static WebElement focused(TestBrowser browser) {
        return browser.driver().switchTo().activeElement();
    }

    /** The public settings the widget reads, once they satisfy the condition (the query side follows the command side). */
    private static JsonNode awaitWidgetSettings(StandaloneForTests lifeline, String site, Predicate<JsonNode> condition)
            throws Exception {
        JsonNode last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create(lifeline.base() + "/api/query/sites/" + site + "/widget")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                last = json.readTree(answer.body());
                if (condition.test(last)) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the widget's settings of " + site + " never matched; last: " + last);
    }

    private static HttpResponse<String> deviceSessionFrom(StandaloneForTests lifeline, String site, String origin)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(lifeline.base() + "/api/sessions/device"))
                .header("Origin", origin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of(
                        "deviceId", UUID.randomUUID().toString(), "siteId", site))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
