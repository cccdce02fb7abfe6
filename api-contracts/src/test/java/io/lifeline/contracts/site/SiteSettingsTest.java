package io.lifeline.contracts.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.shape.InvalidField;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteSettingsTest {

    @Test
    void originsAreKeptInLowerCaseOnceEach() {
        var settings = settings(List.of("https://Shop.Example", "https://shop.example", "http://localhost:8080")).validated();
        assertThat(settings.allowedOrigins()).containsExactly("https://shop.example", "http://localhost:8080");
    }

    @Test
    void anOriginIsASchemeAHostAndAPortOnly() {
        for (String notAnOrigin : List.of("https://shop.example/", "https://shop.example/path", "ftp://shop.example",
                "https://*.example", "shop.example", "https://user@shop.example", "null")) {
            assertThatThrownBy(() -> settings(List.of(notAnOrigin)).validated()).as(notAnOrigin)
                    .isInstanceOf(InvalidField.class).hasMessageStartingWith("allowedOrigins:");
        }
    }

    @Test
    void businessHoursNeedAKnownTimeZoneAndStretchesThatEndAfterTheyStart() {
        assertThatThrownBy(() -> hours("Mars/Olympus", "09:00", "17:00").validated()).isInstanceOf(InvalidField.class)
                .hasMessageStartingWith("businessHours.timeZone:");
        assertThatThrownBy(() -> hours("Europe/Berlin", "17:00", "09:00").validated()).isInstanceOf(InvalidField.class)
                .hasMessageStartingWith("businessHours.hours.closes:");
        assertThatThrownBy(() -> hours("Europe/Berlin", "9:00", "17:00").validated()).isInstanceOf(InvalidField.class);
        assertThat(hours("Europe/Berlin", "00:00", "24:00").validated().hours()).hasSize(1);
    }

    @Test
    void coloursArePlainHexAndFieldKeysAreUnique() {
        assertThatThrownBy(() -> new WidgetColours("red", "#ffffff").validated()).isInstanceOf(InvalidField.class)
                .hasMessageStartingWith("colours.accent:");
        var twice = new SiteSettings(new SiteName("Shop"), WidgetColours.DEFAULT, WidgetPosition.BOTTOM_RIGHT, null, null, null,
                List.of(new PreChatField("name", "Name", PreChatFieldType.TEXT, true),
                        new PreChatField("name", "Name again", PreChatFieldType.TEXT, false)), List.of());
        assertThatThrownBy(twice::validated).isInstanceOf(InvalidField.class).hasMessageStartingWith("preChatFields.key:");
    }

    @Test
    void aSiteIdIsLowerCaseLettersDigitsAndDashes() {
        assertThat(SiteId.of("harbour-shop").streamId()).isEqualTo("site:harbour-shop");
        assertThatThrownBy(() -> SiteId.of("Harbour")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> SiteId.of("-shop")).isInstanceOf(InvalidField.class);
    }

    private static SiteSettings settings(List<String> origins) {
        return new SiteSettings(new SiteName("Shop"), WidgetColours.DEFAULT, WidgetPosition.BOTTOM_RIGHT, "Hello", null, null,
                List.of(), origins);
    }

    private static BusinessHours hours(String zone, String opens, String closes) {
        return new BusinessHours(zone, List.of(new OpeningHours(DayOfWeek.MONDAY, opens, closes)));
    }
}
