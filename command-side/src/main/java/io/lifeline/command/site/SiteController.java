package io.lifeline.command.site;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.site.BusinessHours;
import io.lifeline.contracts.site.ConfigureSite;
import io.lifeline.contracts.site.PreChatField;
import io.lifeline.contracts.site.SiteId;
import io.lifeline.contracts.site.SiteName;
import io.lifeline.contracts.site.SiteSettings;
import io.lifeline.contracts.site.WidgetColours;
import io.lifeline.contracts.site.WidgetPosition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins configure a website's widget: created on the first call, changed by the next ones. */
@RestController
@Tag(name = "Sites")
class SiteController {
    private final ActingGateway commands;

    SiteController(ActingGateway commands) {
        this.commands = commands;
    }

    /**
     * A site's whole configuration. Absent colours and position take the defaults; absent business
     * hours mean staff answer at any time; no allowed origins: the widget runs on Lifeline's own origin only.
     */
    record SiteRequest(@NotNull SiteName name, WidgetColours colours, WidgetPosition position, String greeting,
                       String awayText, BusinessHours businessHours, List<PreChatField> preChatFields,
                       List<String> allowedOrigins) {
        SiteSettings settings() {
            return new SiteSettings(name, colours == null ? WidgetColours.DEFAULT : colours,
                    position == null ? WidgetPosition.BOTTOM_RIGHT : position, greeting, awayText, businessHours,
                    preChatFields == null ? List.of() : preChatFields, allowedOrigins == null ? List.of() : allowedOrigins);
        }
    }

    @PutMapping("/api/sites/{siteId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Create or change a site's widget configuration (admin)",
            description = "Name, colours (#rrggbb), position (BOTTOM_RIGHT, BOTTOM_LEFT), greeting and away text, business "
                    + "hours ({timeZone, hours: [{day, opens, closes}]}, HH:mm in that zone), pre-chat fields "
                    + "({key, label, type: TEXT|EMAIL|PHONE, required}) and the web origins the widget may run on "
                    + "(https://shop.example; scheme, host, port). Each part that changed is recorded as its own event. "
                    + "The widget reads it from GET /api/query/sites/{siteId}/widget. A site's identity-verification "
                    + "secret stays in configuration (LIFELINE_SITES_<ID>_SECRET).")
    void configure(@PathVariable String siteId, @Valid @RequestBody SiteRequest request, Acting acting) {
        commands.send(new ConfigureSite(SiteId.of(siteId), request.settings()), acting);
    }
}
