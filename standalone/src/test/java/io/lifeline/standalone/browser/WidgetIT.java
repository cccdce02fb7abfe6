package io.lifeline.standalone.browser;

import static io.lifeline.standalone.browser.JavaScriptClientIT.answerAsAdmin;
import static io.lifeline.standalone.browser.JavaScriptClientIT.storedTexts;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The website widget in a real Chromium against the real system: on the standalone's {@code /demo}
 * page, and on another website (a server of this test on its own origin) with a strict policy and
 * hostile styles. What the visitor sees is checked against what Lifeline stored.
 */
@ExtendWith(BrowserExtension.class)
class WidgetIT {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static HttpServer website;

    /** Another website, at http://127.0.0.1:port, serving pages that embed Lifeline's widget from http://localhost. */
    @BeforeAll
    static void startWebsite() throws Exception {
        var lifeline = StandaloneForTests.shared();
        website = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        website.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String site = exchange.getRequestURI().getQuery() == null ? "demo" : exchange.getRequestURI().getQuery();
            byte[] body;
            if (path.equals("/hostile.css")) {
                body = HOSTILE_CSS.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/css");
            } else if (path.equals("/shop.html")) {
                body = SHOP_PAGE.replace("LIFELINE", lifeline.base()).replace("SITE", site).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.getResponseHeaders().set("Content-Security-Policy", strictPolicy(lifeline.base()));
            } else if (path.equals("/favicon.ico")) {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
                return;
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        website.start();
    }

    @AfterAll
    static void stopWebsite() {
        website.stop(0);
    }

    /** The directives README's widget guide names for a page that embeds the widget from another origin. */
    static String strictPolicy(String lifeline) {
        String socket = lifeline.replace("http", "ws");
        return "default-src 'none'; script-src " + lifeline + "; style-src 'self' " + lifeline + "; connect-src " + lifeline
                + " " + socket + "; img-src 'self' " + lifeline + " blob:; media-src blob:; base-uri 'none'; form-action 'none'; "
                + "frame-ancestors 'none'";
    }

    private static String websiteOrigin() {
        return "http://127.0.0.1:" + website.getAddress().getPort();
    }

    @Test
    void aVisitorOnTheDemoChatsWithAnAgentAndAfterAReloadSeesTheWholeConversation(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        awaitPublished("demo");
        var page = WidgetPage.open(browser, lifeline.base() + "/demo", "demo");
        assertThat(page.text(".title")).isEqualTo("Lifeline demo");

        page.openPanel();
        assertThat(page.script("return root.activeElement && root.activeElement.id;")).as("focus moves to the composer")
                .isEqualTo("text");
        page.type("Hello from the demo page");
        String conversation = page.awaitConversation();
        page.until("return document.querySelector('[data-lifeline-widget]').shadowRoot.querySelectorAll('.sending').length === 0;");

        String reply = "Hi! How can I help?";
        answerAsAdmin(lifeline, conversation, reply);
        page.awaitMessage(reply);

        // The agent types (over their own WebSocket): the visitor sees it.
        var agentSocket = http.newWebSocketBuilder().header("Authorization", "Bearer " + lifeline.adminToken())
                .buildAsync(lifeline.ws(), new java.net.http.WebSocket.Listener() {}).join();
        try {
            agentSocket.sendText(json.writeValueAsString(Map.of("type", "subscribe", "conversationId", conversation)), true).join();
            String typing = json.writeValueAsString(Map.of("type", "typing", "conversationId", conversation, "typing", true));
            for (int attempt = 0; attempt < 40 && !"Lifeline demo is typing…".equals(page.text(".typing")); attempt++) {
                agentSocket.sendText(typing, true).join(); // refused until the subscription is in place
                Thread.sleep(250);
            }
            assertThat(page.text(".typing")).isEqualTo("Lifeline demo is typing…");
        } finally {
            agentSocket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done").join();
        }

        // Read receipts: the agent reads, the visitor sees it; the agent's next message while the panel is closed is unread.
        long upTo = lifeline.call("GET", "/api/query/conversations/" + conversation + "/events?after=-1&limit=500",
                lifeline.adminToken(), null).path("events").size() - 1;
        lifeline.call("POST", "/api/conversations/" + conversation + "/read", lifeline.adminToken(), Map.of("upToSequence", upTo));
        page.until("return document.querySelector('[data-lifeline-widget]').shadowRoot.querySelector('.message.mine .receipt')"
                + "?.textContent === 'Read';");
        page.find(".close").click();
        assertThat(page.script("return root.activeElement && root.activeElement.className;")).as("focus back on the launcher")
                .isEqualTo("launcher");
        answerAsAdmin(lifeline, conversation, "Still there?");
        page.until("return document.querySelector('[data-lifeline-widget]').shadowRoot.querySelector('.badge').textContent === '1';");

        browser.driver().navigate().refresh();
        var reloaded = WidgetPage.open(browser, lifeline.base() + "/demo", "demo");
        assertThat(reloaded.conversation()).as("the device and its conversation are kept").isEqualTo(conversation);
        reloaded.until("return document.querySelector('[data-lifeline-widget]').shadowRoot.querySelector('.badge').textContent === '1';");
        reloaded.openPanel();
        reloaded.awaitMessage("Still there?");
        assertThat(reloaded.messages()).containsExactly(
                "Hi! This is Lifeline's demo site. Write anything: an admin answers from Swagger UI or curl.",
                "Hello from the demo page", reply, "Still there?");
        assertThat(reloaded.script("return root.querySelector('.badge').hidden;")).isEqualTo(true);
        reloaded.type("Thanks, bye");
        reloaded.awaitMessage("Thanks, bye");
        reloaded.until("return document.querySelector('[data-lifeline-widget]').shadowRoot.querySelectorAll('.sending').length === 0;");
        assertThat(storedTexts(lifeline, conversation)).containsExactly("Hello from the demo page", reply, "Still there?",
                "Thanks, bye");

        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        Path shot = browser.screenshot("widget-demo");
        Files.copy(shot, Path.of("target", "widget-demo-1280x800.png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void messagesTypedOfflineArriveOnceEachInOrderWhenTheVisitorIsBack(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        awaitPublished("demo");
        var page = WidgetPage.open(browser, lifeline.base() + "/demo", "demo");
        page.openPanel();
        page.type("Online first");
        String conversation = page.awaitConversation();
        page.until("return document.querySelector('[data-lifeline-widget]').shadowRoot.querySelectorAll('.sending').length === 0;");

        browser.offline(true);
        page.until("return document.querySelector('[data-lifeline-widget]').dataset.connection !== 'open';");
        page.type("Typed offline, one");
        page.type("Typed offline, two");
        assertThat(page.sending()).isEqualTo(2);
        Thread.sleep(500);
        assertThat(storedTexts(lifeline, conversation)).containsExactly("Online first");

        browser.offline(false);
        page.until("return document.querySelector('[data-lifeline-widget]').shadowRoot.querySelectorAll('.sending').length === 0;");
        assertThat(storedTexts(lifeline, conversation)).containsExactly("Online first", "Typed offline, one", "Typed offline, two");
        assertThat(page.messages()).endsWith("Online first", "Typed offline, one", "Typed offline, two");
    }

    @Test
    void theWidgetWorksOnAnotherWebsiteWithAStrictPolicyAndHostileStyles(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        String site = "shop-" + UUID.randomUUID().toString().substring(0, 8);
        lifeline.call("PUT", "/api/sites/" + site, lifeline.adminToken(), Map.of("name", "Corner Shop",
                "colours", Map.of("accent", "#7a1fa2", "onAccent", "#ffffff"), "position", "BOTTOM_LEFT",
                "greeting", "Welcome to the Corner Shop!", "awayText", "We are closed now.",
                "businessHours", Map.of("timeZone", "Europe/Berlin", "hours", List.of()),
                "preChatFields", List.of(Map.of("key", "name", "label", "Your name", "type", "TEXT", "required", true)),
                "allowedOrigins", List.of(websiteOrigin())));
        awaitPublished(site);
        var page = WidgetPage.open(browser, websiteOrigin() + "/shop.html?" + site, site);
        page.until("return document.querySelector('[data-lifeline-widget]').shadowRoot.querySelector('.title').textContent"
                + " === 'Corner Shop';");

        page.openPanel(); // a real click: the page's overlay, at the highest z-index, must not cover the launcher
        assertThat(page.text(".status")).startsWith("We are closed now.");
        assertThat(page.script("return getComputedStyle(root.querySelector('.launcher')).backgroundColor;"))
                .as("the site's colour, whatever the page's rules").isEqualTo("rgb(122, 31, 162)");
        assertThat(page.script("return getComputedStyle(root.querySelector('.panel')).display;")).isEqualTo("flex");
        assertThat(browser.run("return getComputedStyle(document.querySelector('.message')).backgroundColor;"))
                .as("the widget's styles stay inside it").isEqualTo("rgba(0, 0, 0, 0)");
        assertThat(browser.run("const r = document.querySelector('[data-lifeline-widget]').getBoundingClientRect();"
                + "return r.left < 100 && r.bottom > innerHeight - 100;")).as("bottom left").isEqualTo(true);

        assertThat(page.script("return root.activeElement && root.activeElement.id;")).isEqualTo("prechat-name");
        page.find("#prechat-name").sendKeys("Ann", org.openqa.selenium.Keys.ENTER);
        String conversation = page.awaitConversation();
        page.until("return document.querySelector('[data-lifeline-widget]').shadowRoot.activeElement?.id === 'text';");
        page.type("Hello under a strict policy");
        page.awaitMessage("Hello under a strict policy");
        page.until("return document.querySelector('[data-lifeline-widget]').shadowRoot.querySelectorAll('.sending').length === 0;");
        String hostile = "Hi <b>Ann</b> <img src=x onerror=\"document.title='owned'\">";
        answerAsAdmin(lifeline, conversation, hostile);
        page.awaitMessage(hostile);
        assertThat(page.script("return root.querySelectorAll('.log img, .log b').length;")).as("staff text shown as text")
                .isEqualTo(0L);
        assertThat(browser.run("return document.title;")).isEqualTo("Corner Shop");

        assertThat(storedTexts(lifeline, conversation)).containsExactly("Your name: Ann", "Hello under a strict policy", hostile);
        assertThat(browser.consoleErrors()).as("no policy violation, no error").isEmpty();
    }

    @Test
    void aPageOnAnOriginTheSiteDoesNotAllowCannotStartAConversation(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        // Another site allows this website, so its pages may read Lifeline's refusals; the demo site does not.
        lifeline.call("PUT", "/api/sites/elsewhere-" + UUID.randomUUID().toString().substring(0, 8), lifeline.adminToken(),
                Map.of("name", "Elsewhere", "allowedOrigins", List.of(websiteOrigin())));
        awaitPublished("demo");
        var page = WidgetPage.open(browser, websiteOrigin() + "/shop.html?demo", "demo");
        page.openPanel();
        page.type("Let me in");
        page.until("return document.querySelector('[data-lifeline-widget]').dataset.problem === 'origin-not-allowed';");
        assertThat(page.text(".notice")).isEqualTo("Chat is not available on this page.");
        Thread.sleep(1000);
        assertThat(page.conversation()).isNull();

        HttpResponse<String> session = http.send(HttpRequest.newBuilder(URI.create(lifeline.base() + "/api/sessions/device"))
                .header("Origin", websiteOrigin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("deviceId", UUID.randomUUID().toString(),
                        "siteId", "demo")))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(session.statusCode()).isEqualTo(403);
        assertThat(json.readTree(session.body()).path("code").asString()).isEqualTo("origin-not-allowed");
    }

    @Test
    void aVisitorSendsAPhotoThatIsStoredAsAnImageAndShownFromTheServer(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        awaitPublished("demo");
        var page = WidgetPage.open(browser, lifeline.base() + "/demo", "demo");
        page.openPanel();
        page.type("A photo follows");
        String conversation = page.awaitConversation();

        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        // What choosing a file does: the file input holds it and says it changed.
        page.script("""
                const bytes = Uint8Array.from(atob(arguments[0]), (c) => c.charCodeAt(0));
                const files = new DataTransfer();
                files.items.add(new File([bytes], 'dot.png', {type: 'image/png'}));
                const input = root.querySelector('input[type=file]');
                input.files = files.files;
                input.dispatchEvent(new Event('change'));""", java.util.Base64.getEncoder().encodeToString(png.toByteArray()));

        page.until("return !!document.querySelector('[data-lifeline-widget]').shadowRoot.querySelector('.log .image img[src^=\"blob:\"]');");
        page.until("return document.querySelector('[data-lifeline-widget]').shadowRoot.querySelectorAll('.sending').length === 0;");
        var sent = JavaScriptClientIT.storedPayloads(lifeline, conversation, "MessageSent");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).path("content").path("kind").asString()).isEqualTo("IMAGE");
        assertThat(sent.get(1).path("content").path("attachment").asString()).isNotBlank();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void afterAResolutionTheVisitorRatesItOnceAndTheRatingIsCounted(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var agent = newAgent(lifeline);
        awaitPublished("demo");
        var page = WidgetPage.open(browser, lifeline.base() + "/demo", "demo");
        page.openPanel();
        page.type("Can you sort this out?");
        String conversation = page.awaitConversation();
        lifeline.call("PUT", "/api/conversations/" + conversation + "/assignee", lifeline.adminToken(),
                Map.of("staffId", agent.staffId()));
        lifeline.call("POST", "/api/conversations/" + conversation + "/messages", agent.token(),
                Map.of("clientMessageId", "agent-" + System.nanoTime(), "text", "Sorted, anything else?"));
        page.awaitMessage("Sorted, anything else?");
        assertThat(page.script("return root.querySelector('.rating').hidden;")).as("no question before a resolution")
                .isEqualTo(true);

        lifeline.call("POST", "/api/conversations/" + conversation + "/resolve", agent.token(), null);
        page.until(ROOT + "return !root.querySelector('.rating').hidden;");
        assertThat(page.script("return [...root.querySelectorAll('.rating .star')].map((b) => b.getAttribute('aria-label'));"))
                .isEqualTo(List.of("1 of 5 stars", "2 of 5 stars", "3 of 5 stars", "4 of 5 stars", "5 of 5 stars"));
        assertThat(page.text(".rating legend")).isEqualTo("How did we do?");
        page.find(".star[data-stars='4']").click();
        assertThat(page.script("return [...root.querySelectorAll('.rating .star')].map((b) => b.getAttribute('aria-pressed'));"))
                .isEqualTo(List.of("false", "false", "false", "true", "false"));
        page.find("#rating-comment").sendKeys("Quick and <i>kind</i>");
        page.find(".rating button[type=submit]").sendKeys(org.openqa.selenium.Keys.ENTER);
        page.until(ROOT + "return root.querySelector('.rating .thanks')?.textContent === 'Thank you for your rating!';");

        var rated = JavaScriptClientIT.storedPayloads(lifeline, conversation, "ConversationRated");
        assertThat(rated).hasSize(1);
        assertThat(rated.get(0).path("rating").asInt()).isEqualTo(4);
        assertThat(rated.get(0).path("comment").asString()).isEqualTo("Quick and <i>kind</i>");
        assertThat((String) browser.run("return JSON.parse(localStorage.getItem('lifeline.widget.demo.rated'));"))
                .as("the rated resolution is kept").startsWith(conversation + "@");
        var counted = awaitAgentSatisfaction(lifeline, agent.staffId());
        assertThat(counted.path("ratings").asLong()).isEqualTo(1);
        assertThat(counted.path("average").asDouble()).isEqualTo(4.0);
        assertThat(counted.path("scores").toString()).isEqualTo("[0,0,0,1,0]");

        // After a reload the whole stream is read again, the resolution included: it is not asked about twice.
        browser.driver().navigate().refresh();
        var reloaded = WidgetPage.open(browser, lifeline.base() + "/demo", "demo");
        reloaded.openPanel();
        reloaded.until(ROOT + "return [...root.querySelectorAll('.log .note')].some((n) => n.textContent === "
                + "'This conversation was marked as resolved.');");
        reloaded.awaitMessage("Sorted, anything else?");
        Thread.sleep(500);
        assertThat(reloaded.script("return root.querySelector('.rating').hidden;")).isEqualTo(true);
        assertThat(JavaScriptClientIT.storedPayloads(lifeline, conversation, "ConversationRated")).hasSize(1);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aVisitorRecordsAVoiceNoteThatStaffDownloadAsAudio() throws Exception {
        var lifeline = StandaloneForTests.shared();
        awaitPublished("demo");
        // Chromium's fake microphone (a beep), granted without asking: only this test's browser has it.
        try (var browser = TestBrowser.launch("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream")) {
            var page = WidgetPage.open(browser, lifeline.base() + "/demo", "demo");
            page.openPanel();
            page.type("A voice note follows");
            String conversation = page.awaitConversation();
            page.until(ROOT + "return root.querySelectorAll('.sending').length === 0;");

            var voice = page.find("button.voice");
            assertThat(voice.isDisplayed()).as("offered where MediaRecorder and getUserMedia exist").isTrue();
            assertThat(voice.getAttribute("aria-label")).isEqualTo("Record a voice note");
            voice.click();
            page.until(ROOT + "return root.querySelector('button.voice').getAttribute('aria-pressed') === 'true';");
            Thread.sleep(1200);
            voice.click();
            page.until(ROOT + "return !!root.querySelector('.log .attachment.voice audio[src^=\"blob:\"]');");
            page.until(ROOT + "return root.querySelectorAll('.sending').length === 0;");
            assertThat(page.script("return root.querySelector('button.voice').getAttribute('aria-pressed');")).isEqualTo("false");

            JsonNode entry = null;
            for (int attempt = 0; attempt < 100 && entry == null; attempt++) {
                for (JsonNode one : lifeline.call("GET", "/api/query/conversations/" + conversation + "/timeline?limit=50",
                        lifeline.adminToken(), null).path("entries")) {
                    if ("VOICE".equals(one.path("messageKind").asString())) {
                        entry = one;
                    }
                }
                Thread.sleep(entry == null ? 100 : 0);
            }
            assertThat(entry).as("the agent's timeline shows the voice note").isNotNull();
            HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(lifeline.base() + "/api/conversations/"
                            + conversation + "/attachments/" + entry.path("attachment").asString()))
                    .header("Authorization", "Bearer " + lifeline.adminToken()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("audio/");
            assertThat(download.body().length).as("about a second of sound").isGreaterThan(1000);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void businessHoursAreReadInTheSitesTimeZoneSummerAndWinter(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        WidgetPage.open(browser, lifeline.base() + "/demo", "demo");
        @SuppressWarnings("unchecked")
        var open = (List<Boolean>) browser.await("""
                const done = arguments[arguments.length - 1];
                import('/widget/hours.js').then(({isOpen}) => {
                  const hours = {timeZone: 'Europe/Berlin', hours: [{day: 'MONDAY', opens: '09:00', closes: '17:30'},
                                                                   {day: 'SATURDAY', opens: '10:00', closes: '24:00'}]};
                  done(['2026-12-07T07:59:00Z', '2026-12-07T08:00:00Z', '2026-12-07T16:29:00Z', '2026-12-07T16:30:00Z',
                        '2026-07-06T07:00:00Z', '2026-12-12T22:59:00Z', '2026-12-12T23:00:00Z']
                    .map((at) => isOpen(hours, new Date(at))).concat([isOpen(null), isOpen({timeZone: 'UTC', hours: []})]));
                });""");
        // Monday 08:59, 09:00, 17:29, 17:30 in Berlin (CET); Monday 09:00 in summer (CEST); Saturday 23:59; Sunday 00:00;
        // no hours at all (always open); hours with no stretch (never).
        assertThat(open).containsExactly(false, true, true, false, true, true, false, true, false);
    }

    @Test
    void theWidgetAndTheDemoArePublicFilesUnderStrictPolicies() throws Exception {
        var lifeline = StandaloneForTests.shared();
        HttpResponse<String> widget = get(lifeline.base() + "/widget/widget.js");
        assertThat(widget.statusCode()).isEqualTo(200);
        assertThat(widget.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(widget.headers().firstValue("ETag")).isPresent();
        assertThat(widget.body()).doesNotContain("innerHTML", "eval(", "new Function");
        HttpResponse<String> demo = get(lifeline.base() + "/demo/");
        assertThat(demo.statusCode()).isEqualTo(200);
        assertThat(demo.body()).contains("data-lifeline-site=\"demo\"").doesNotContain("<script>");
        assertThat(demo.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self';")
                .doesNotContain("unsafe-inline");
        assertThat(get(lifeline.base() + "/demo").statusCode()).isEqualTo(308);
    }

    private static final String ROOT = "const root = document.querySelector('[data-lifeline-widget]').shadowRoot;";

    record Agent(String staffId, String token) {}

    /** A new agent of its own, so the figures counted for it are this test's alone. */
    private static Agent newAgent(StandaloneForTests lifeline) throws Exception {
        String username = "rated-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a long enough pass phrase " + UUID.randomUUID();
        String staffId = lifeline.call("POST", "/api/staff", lifeline.adminToken(), Map.of("username", username,
                "displayName", "Rae Rated", "role", "AGENT", "password", password)).path("staffId").asString();
        String token = lifeline.call("POST", "/api/sessions/staff", null, Map.of("username", username, "password", password))
                .path("session").path("token").asString();
        return new Agent(staffId, token);
    }

    /** The agent's satisfaction figures, once the query side counted a rating for them. */
    private static JsonNode awaitAgentSatisfaction(StandaloneForTests lifeline, String staffId) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            for (JsonNode group : lifeline.call("GET", "/api/query/stats/satisfaction", lifeline.adminToken(), null)
                    .path("byAgent")) {
                if (staffId.equals(group.path("key").asString())) {
                    return group;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no rating counted for " + staffId);
    }

    /** Waits until the query side has the site's settings (its projection follows the command side). */
    private static void awaitPublished(String site) throws Exception {
        var lifeline = StandaloneForTests.shared();
        for (int attempt = 0; attempt < 100; attempt++) {
            if (get(lifeline.base() + "/api/query/sites/" + site + "/widget").statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the query side never published the settings of " + site);
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Styles that would break a careless widget: everything unset, the page's own layers above everything. */
    private static final String HOSTILE_CSS = """
            * { all: unset !important; }
            html, body, div, p, main { display: block !important; }
            .overlay { position: fixed !important; left: 0 !important; right: 0 !important; top: 0 !important;
                       bottom: 0 !important; z-index: 2147483647 !important; background: rgba(255, 0, 0, .2) !important; }
            div, p { z-index: 2147483647 !important; position: relative !important; }
            button, textarea, input, section, ol, li { display: none !important; font-size: 40px !important; }
            """;

    private static final String SHOP_PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Corner Shop</title>
            <link rel="stylesheet" href="/hostile.css">
            <script type="module" src="LIFELINE/widget/widget.js" data-lifeline-site="SITE"></script>
            </head><body>
            <div class="overlay">A banner the page keeps above everything</div>
            <main><p>Welcome to a shop whose styles are hostile.</p><p class="message">Not a widget message.</p></main>
            </body></html>
            """;
}
