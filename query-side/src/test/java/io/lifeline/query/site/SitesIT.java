package io.lifeline.query.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.site.*;
import io.lifeline.query.QuerySideIntegrationTest;
import io.lifeline.query.ReadModels;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sites' widget settings: built from the site's events, public and cacheable for the widget, rebuilt to the same rows. */
class SitesIT extends QuerySideIntegrationTest {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    EventStorageEngine storage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theWidgetReadsItsSitesSettingsWithoutATokenFromAnyOriginAndRevalidatesByETag() throws Exception {
        SiteId site = SiteId.of("shop-" + UUID.randomUUID().toString().substring(0, 8));
        append(site, new SiteCreated(site, new SiteName("Shop")),
                new SiteGreetingChanged(site, "Hello!", "We are away"),
                new BusinessHoursChanged(site, new BusinessHours("Europe/Berlin",
                        List.of(new OpeningHours(DayOfWeek.MONDAY, "09:00", "17:00")))),
                new PreChatFormChanged(site, List.of(new PreChatField("name", "Your name", PreChatFieldType.TEXT, true))),
                new AllowedOriginsChanged(site, List.of("https://shop.example")));
        awaitCaughtUp();

        HttpResponse<String> first = widget(site, "https://anywhere.example", null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("public", "max-age=30");
        assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        String etag = first.headers().firstValue("ETag").orElseThrow();
        JsonNode settings = json.readTree(first.body());
        assertThat(settings.path("name").asString()).isEqualTo("Shop");
        assertThat(settings.path("colours").path("accent").asString()).isEqualTo("#1f5fbf");
        assertThat(settings.path("position").asString()).isEqualTo("BOTTOM_RIGHT");
        assertThat(settings.path("awayText").asString()).isEqualTo("We are away");
        assertThat(settings.path("businessHours").path("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(settings.path("businessHours").path("hours").get(0).path("opens").asString()).isEqualTo("09:00");
        assertThat(settings.path("preChatFields").get(0).path("key").asString()).isEqualTo("name");
        assertThat(settings.path("allowedOrigins").get(0).asString()).isEqualTo("https://shop.example");

        assertThat(widget(site, null, etag).statusCode()).isEqualTo(304);
        appendFrom(site, 5, new SiteRenamed(site, new SiteName("Harbour Shop")));
        awaitCaughtUp();
        HttpResponse<String> changed = widget(site, null, etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(json.readTree(changed.body()).path("name").asString()).isEqualTo("Harbour Shop");

        assertThat(widget(SiteId.of("no-such-site"), null, null).statusCode()).isEqualTo(404);
        assertThat(get("/api/query/sites/" + site, admin()).body().path("version").asLong()).isEqualTo(5);
        assertThat(get("/api/query/sites", analyst()).status()).isEqualTo(403);
    }

    @Test
    void aSitesVisitorReadsOnlyFromAnOriginTheSiteAllows() throws Exception {
        SiteId site = SiteId.of("shop-" + UUID.randomUUID().toString().substring(0, 8));
        append(site, new SiteCreated(site, new SiteName("Shop")), new AllowedOriginsChanged(site, List.of("https://shop.example")));
        awaitCaughtUp();
        String visitor = deviceToken(site.value());

        assertThat(myConversations(visitor, "https://shop.example").statusCode()).isEqualTo(200);
        HttpResponse<String> elsewhere = myConversations(visitor, "https://evil.example");
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(json.readTree(elsewhere.body()).path("code").asString()).isEqualTo("origin-not-allowed");
        assertThat(myConversations(deviceToken(null), "https://shop.example").statusCode())
                .as("a device of no site, from another origin").isEqualTo(403);
    }

    @Test
    void theSitesReadModelRebuildsToTheSameRows() throws Exception {
        SiteId site = SiteId.of("shop-" + UUID.randomUUID().toString().substring(0, 8));
        append(site, new SiteCreated(site, new SiteName("Shop")),
                new SiteAppearanceChanged(site, new WidgetColours("#0a7d5a", "#000000"), WidgetPosition.BOTTOM_LEFT),
                new BusinessHoursChanged(site, new BusinessHours("Europe/Berlin",
                        List.of(new OpeningHours(DayOfWeek.FRIDAY, "09:00", "24:00")))),
                new BusinessHoursChanged(site, null));
        awaitCaughtUp();
        var before = ReadModels.dump(jdbc);
        assertThat(post("/api/query/processors/sites/rebuild", analyst()).status()).isEqualTo(202);
        Thread.sleep(200);
        awaitCaughtUp();
        assertThat(ReadModels.dump(jdbc)).isEqualTo(before);
        assertThat(get("/api/query/sites/" + site, admin()).body().path("businessHours").isNull()).isTrue();
    }

    private HttpResponse<String> widget(SiteId site, String origin, String etag) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/query/sites/" + site + "/widget"));
        if (origin != null) request.header("Origin", origin);
        if (etag != null) request.header("If-None-Match", etag);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> myConversations(String token, String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/query/my/conversations"))
                .header("Authorization", "Bearer " + token).header("Origin", origin).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String deviceToken(String site) throws Exception {
        var claims = new JWTClaimsSet.Builder().subject("d-" + UUID.randomUUID()).issuer("lifeline").claim("kind", "device")
                .claim("roles", List.of("DEVICE")).expirationTime(new Date(System.currentTimeMillis() + 600_000));
        if (site != null) {
            claims.claim("site", site);
        }
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private void append(SiteId site, Object... payloads) {
        appendFrom(site, 0, payloads);
    }

    private void appendFrom(SiteId site, long first, Object... payloads) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        long sequence = first;
        for (Object payload : payloads) {
            events.add(new GenericDomainEventMessage<>("Site", site.streamId(), sequence++, payload,
                    MetaData.with(Actor.METADATA_KEY, Actor.system("test").toString())));
        }
        storage.appendEvents(events);
    }
}
