package io.lifeline.command.site;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.site.*;
import io.lifeline.contracts.staff.StaffRole;
import java.time.DayOfWeek;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class SiteTest {
    private static final SiteId SHOP = SiteId.of("shop");
    private static final Acting ADMIN = Acting.staff(StaffId.random(), StaffRole.ADMIN);
    private static final Acting AGENT = Acting.staff(StaffId.random(), StaffRole.AGENT);
    private final AggregateTestFixture<Site> fixture = new AggregateTestFixture<>(Site.class);

    @Test
    void aNewSiteRecordsItsNameAndEveryPartThatDiffersFromTheDefaults() {
        fixture.givenNoPriorActivity()
                .when(configure(settings("Shop", List.of("https://shop.example"))), meta(ADMIN))
                .expectEvents(new SiteCreated(SHOP, new SiteName("Shop")),
                        new SiteGreetingChanged(SHOP, "Hello!", null),
                        new AllowedOriginsChanged(SHOP, List.of("https://shop.example")));
    }

    @Test
    void aChangeRecordsOnlyThePartsThatChanged() {
        var hours = new BusinessHours("Europe/Berlin", List.of(new OpeningHours(DayOfWeek.MONDAY, "09:00", "17:00")));
        var changed = new SiteSettings(new SiteName("Harbour Shop"), new WidgetColours("#0a7d5a", "#ffffff"),
                WidgetPosition.BOTTOM_LEFT, "Hello!", "We are away", hours,
                List.of(new PreChatField("name", "Your name", PreChatFieldType.TEXT, true)), List.of("https://shop.example"));
        fixture.given(new SiteCreated(SHOP, new SiteName("Shop")), new SiteGreetingChanged(SHOP, "Hello!", null),
                        new AllowedOriginsChanged(SHOP, List.of("https://shop.example")))
                .when(configure(changed), meta(ADMIN))
                .expectEvents(new SiteRenamed(SHOP, new SiteName("Harbour Shop")),
                        new SiteAppearanceChanged(SHOP, new WidgetColours("#0a7d5a", "#ffffff"), WidgetPosition.BOTTOM_LEFT),
                        new SiteGreetingChanged(SHOP, "Hello!", "We are away"),
                        new BusinessHoursChanged(SHOP, hours),
                        new PreChatFormChanged(SHOP, changed.preChatFields()));
    }

    @Test
    void theSameConfigurationAgainChangesNothing() {
        fixture.given(new SiteCreated(SHOP, new SiteName("Shop")), new SiteGreetingChanged(SHOP, "Hello!", null),
                        new AllowedOriginsChanged(SHOP, List.of("https://shop.example")))
                .when(configure(settings("Shop", List.of("https://shop.example"))), meta(ADMIN))
                .expectNoEvents();
    }

    @Test
    void onlyAdminsConfigureSites() {
        fixture.givenNoPriorActivity()
                .when(configure(settings("Shop", List.of())), meta(AGENT))
                .expectNoEvents()
                .expectException(SiteConfigurationNotPermitted.class);
    }

    private static ConfigureSite configure(SiteSettings settings) {
        return new ConfigureSite(SHOP, settings);
    }

    private static SiteSettings settings(String name, List<String> origins) {
        return new SiteSettings(new SiteName(name), WidgetColours.DEFAULT, WidgetPosition.BOTTOM_RIGHT, "Hello!", null, null,
                List.of(), origins);
    }

    private static MetaData meta(Acting acting) {
        return MetaData.from(acting.toMetaData());
    }
}
