package io.lifeline.command.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Device sessions for websites with identity verification: the shop requires it, the blog does not. */
class IdentityVerificationIT extends CommandSideIntegrationTest {

    @Test
    void aVerifiedUserHasTheSameDeviceAndConversationsInEveryBrowser() {
        String userId = "customer-" + UUID.randomUUID();
        String hash = UserHash.of(SHOP_SECRET, userId);
        TestApi.Response laptop = session(newDeviceId(), "shop", userId, hash).expectStatus(201);
        TestApi.Response phone = session(newDeviceId(), "shop", userId, hash.toUpperCase()).expectStatus(201);
        assertThat(phone.text("device")).isEqualTo(laptop.text("device"));

        String conversation = api().post("/api/conversations", laptop.text("token"), Map.of("channel", "WIDGET",
                        "subject", "Order", "firstMessage", Map.of("clientMessageId", "m-1", "text", "where is my order?")))
                .expectStatus(201).text("conversationId");
        api().post("/api/conversations/" + conversation + "/messages", phone.text("token"),
                Map.of("clientMessageId", "m-2", "text", "writing from my phone")).expectStatus(201);
    }

    @Test
    void aSiteThatRequiresVerificationRefusesSessionsWithoutAValidHash() {
        String userId = "customer-" + UUID.randomUUID();
        assertRefused(session(newDeviceId(), "shop", null, null));
        assertRefused(session(newDeviceId(), "shop", userId, null));
        assertRefused(session(newDeviceId(), "shop", userId, UserHash.of(SHOP_SECRET, userId + "x")));
        assertRefused(session(newDeviceId(), "shop", userId, UserHash.of(BLOG_SECRET, userId)));
    }

    @Test
    void aSiteWithoutTheRequirementTakesAnonymousDevicesAndVerifiedUsers() {
        String device = newDeviceId();
        assertThat(session(device, "blog", null, null).expectStatus(201).text("device"))
                .isEqualTo(api().deviceSession(device).text("device"));
        String userId = "reader-" + UUID.randomUUID();
        assertThat(session(null, "blog", userId, UserHash.of(BLOG_SECRET, userId)).status()).isEqualTo(201);
        assertRefused(session(device, "blog", userId, null));
    }

    @Test
    void anUnknownSiteOrAUserIdWithoutASiteIsABadRequest() {
        TestApi.Response unknown = session(newDeviceId(), "nowhere", null, null).expectStatus(400);
        assertThat(unknown.text("code")).isEqualTo("unknown-site");
        String userId = "someone";
        assertThat(session(newDeviceId(), null, userId, UserHash.of(SHOP_SECRET, userId)).expectStatus(400).text("code"))
                .isEqualTo("invalid-request");
        assertThat(session(newDeviceId(), "shop", userId, "not-hex").expectStatus(400).text("code"))
                .isEqualTo("invalid-request");
    }

    private static void assertRefused(TestApi.Response response) {
        response.expectStatus(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).isEqualTo("identity-not-verified");
        assertThat(response.body().has("token")).isFalse();
    }

    private TestApi.Response session(String deviceId, String siteId, String userId, String userHash) {
        Map<String, Object> body = new HashMap<>();
        if (deviceId != null) body.put("deviceId", deviceId);
        if (siteId != null) body.put("siteId", siteId);
        if (userId != null) body.put("userId", userId);
        if (userHash != null) body.put("userHash", userHash);
        return api().post("/api/sessions/device", null, body);
    }
}
