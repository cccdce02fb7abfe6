package io.lifeline.command.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.actor.DeviceId;
import java.time.Duration;
import io.lifeline.support.origins.OriginChecks;
import io.lifeline.support.origins.SiteOrigins;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class SiteIdentitiesTest {
    private static final String SHOP_SECRET = "first-site-secret-of-at-least-32-bytes!!";
    private static final String BLOG_SECRET = "Second site: a longer secret, with spaces & punctuation.";
    private final DevicePseudonyms pseudonyms = new DevicePseudonyms(new SecurityProperties(
            "a-test-only-secret-of-more-than-thirty-two-bytes", "a-test-only-device-key-of-thirty-two-bytes!",
            "lifeline", Duration.ofDays(30), Duration.ofMinutes(10), Duration.ofHours(12)));
    private final SiteIdentities identities = new SiteIdentities(new SiteProperties(Map.of(
            "shop", new SiteProperties.Site(SHOP_SECRET, true),
            "blog", new SiteProperties.Site(BLOG_SECRET, false))), pseudonyms, configuredSites(),
            new OriginChecks(configuredSites(), null));
    private final DeviceId browser = new DeviceId("browser-0123456789abcdef");
    private final DeviceId otherBrowser = new DeviceId("browser-fedcba9876543210");

    private static SiteOrigins configuredSites() {
        Map<String, Set<String>> sites = Map.of("demo", Set.of("https://shop.example"), "blog", Set.of());
        return new SiteOrigins() {
            @Override
            public Optional<Set<String>> allowedOrigins(String siteId) {
                return Optional.ofNullable(sites.get(siteId));
            }

            @Override
            public boolean anySiteAllows(String origin) {
                return sites.values().stream().anyMatch(origins -> origins.contains(origin));
            }
        };
    }

    private DeviceId deviceFor(DeviceId presented, String site, String userId, String userHash) {
        return identities.deviceFor(presented, site, userId, userHash, Optional.empty());
    }

    @Test
    void aVerifiedUserGetsTheSameDeviceInEveryBrowser() {
        String hash = UserHash.of(SHOP_SECRET, "42");
        DeviceId first = deviceFor(browser, "shop", "42", hash);
        assertThat(deviceFor(otherBrowser, "shop", "42", hash)).isEqualTo(first);
        assertThat(deviceFor(null, "shop", "42", hash)).isEqualTo(first);
        assertThat(first).isNotEqualTo(pseudonyms.of(browser));
    }

    @Test
    void theSameUserIdOnAnotherSiteIsAnotherPerson() {
        DeviceId shop = deviceFor(browser, "shop", "42", UserHash.of(SHOP_SECRET, "42"));
        DeviceId blog = deviceFor(browser, "blog", "42", UserHash.of(BLOG_SECRET, "42"));
        assertThat(blog).isNotEqualTo(shop);
    }

    @Test
    void noSecretDeviceIdCanProduceAVerifiedUsersDevice() {
        DeviceId verified = deviceFor(null, "shop", "user-0123456789", UserHash.of(SHOP_SECRET, "user-0123456789"));
        assertThat(pseudonyms.of(new DeviceId("shop:user-0123456789"))).isNotEqualTo(verified);
        assertThat(pseudonyms.of(new DeviceId("lifeline-site-user:shop:user-0123456789"))).isNotEqualTo(verified);
    }

    @Test
    void aSiteThatRequiresVerificationRefusesAnonymousAndWronglySignedSessions() {
        assertThatThrownBy(() -> deviceFor(browser, "shop", null, null)).isInstanceOf(IdentityNotVerified.class);
        assertThatThrownBy(() -> deviceFor(browser, "shop", "42", null)).isInstanceOf(IdentityNotVerified.class);
        assertThatThrownBy(() -> deviceFor(browser, "shop", "42", UserHash.of(SHOP_SECRET, "43")))
                .isInstanceOf(IdentityNotVerified.class);
        assertThatThrownBy(() -> deviceFor(browser, "shop", "42", UserHash.of(BLOG_SECRET, "42")))
                .isInstanceOf(IdentityNotVerified.class);
    }

    @Test
    void aSiteWithoutTheRequirementTakesAnonymousDevicesButNeverAnUnsignedUserId() {
        assertThat(deviceFor(browser, "blog", null, null)).isEqualTo(pseudonyms.of(browser));
        assertThatThrownBy(() -> deviceFor(browser, "blog", "42", null)).isInstanceOf(IdentityNotVerified.class);
        assertThatThrownBy(() -> deviceFor(browser, "blog", "42", "00".repeat(32)))
                .isInstanceOf(IdentityNotVerified.class);
    }

    @Test
    void withoutASiteNothingChanges() {
        assertThat(deviceFor(browser, null, null, null)).isEqualTo(pseudonyms.of(browser));
        assertThatThrownBy(() -> deviceFor(null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> deviceFor(browser, null, "42", UserHash.of(SHOP_SECRET, "42")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSiteAnAdminConfiguredWithoutASecretTakesAnonymousDevicesOnly() {
        assertThat(deviceFor(browser, "demo", null, null)).isEqualTo(pseudonyms.of(browser));
        assertThatThrownBy(() -> deviceFor(browser, "demo", "42", "00".repeat(32))).isInstanceOf(IdentityNotVerified.class);
    }

    @Test
    void aPageOnAnotherOriginStartsASessionOnlyForASiteThatAllowsIt() {
        assertThat(identities.deviceFor(browser, "demo", null, null, Optional.of("https://shop.example")))
                .isEqualTo(pseudonyms.of(browser));
        assertThatThrownBy(() -> identities.deviceFor(browser, "demo", null, null, Optional.of("https://evil.example")))
                .isInstanceOf(OriginNotAllowed.class);
        assertThatThrownBy(() -> identities.deviceFor(browser, "blog", null, null, Optional.of("https://shop.example")))
                .as("a site that allows no other origin").isInstanceOf(OriginNotAllowed.class);
        assertThatThrownBy(() -> identities.deviceFor(browser, null, null, null, Optional.of("https://shop.example")))
                .as("no site named").isInstanceOf(OriginNotAllowed.class);
    }

    @Test
    void anUnknownSiteIsRefused() {
        assertThatThrownBy(() -> deviceFor(browser, "elsewhere", null, null)).isInstanceOf(UnknownSite.class);
    }

    @Test
    void sitesAreReadFromTheEnvironment() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "LIFELINE_SITES_SHOP_SECRET", SHOP_SECRET,
                "LIFELINE_SITES_SHOP_REQUIREVERIFICATION", "true",
                "LIFELINE_SITES_BLOG_SECRET", BLOG_SECRET,
                "LIFELINE_SITES_HELP_SECRET", BLOG_SECRET,
                "LIFELINE_SITES_HELP_REQUIRE_VERIFICATION", "true")));
        SiteProperties sites = new Binder(ConfigurationPropertySources.get(environment))
                .bind("lifeline", SiteProperties.class).get();
        assertThat(sites.sites()).containsOnlyKeys("shop", "blog", "help");
        assertThat(sites.sites().get("help").requireVerification()).isTrue();
        assertThat(sites.sites().get("shop").secret()).isEqualTo(SHOP_SECRET);
        assertThat(sites.sites().get("shop").requireVerification()).isTrue();
        assertThat(sites.sites().get("blog").requireVerification()).isFalse();
    }

    @Test
    void aShortSecretOrAnOddSiteIdStopsTheStart() {
        assertThatThrownBy(() -> new SiteProperties.Site("too short", true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SiteProperties(Map.of("Shop!", new SiteProperties.Site(SHOP_SECRET, true))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
