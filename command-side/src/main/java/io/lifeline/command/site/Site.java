package io.lifeline.command.site;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.site.AllowedOriginsChanged;
import io.lifeline.contracts.site.BusinessHours;
import io.lifeline.contracts.site.BusinessHoursChanged;
import io.lifeline.contracts.site.ConfigureSite;
import io.lifeline.contracts.site.PreChatField;
import io.lifeline.contracts.site.PreChatFormChanged;
import io.lifeline.contracts.site.SiteAppearanceChanged;
import io.lifeline.contracts.site.SiteCreated;
import io.lifeline.contracts.site.SiteGreetingChanged;
import io.lifeline.contracts.site.SiteId;
import io.lifeline.contracts.site.SiteName;
import io.lifeline.contracts.site.SiteRenamed;
import io.lifeline.contracts.site.SiteSettings;
import io.lifeline.contracts.site.WidgetColours;
import io.lifeline.contracts.site.WidgetPosition;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One website's widget configuration. An admin sends the whole configuration; the site records one
 * event per part that changed, so the history says what changed, and a repeat changes nothing. A
 * new site starts from the defaults (accent colour, bottom right, no texts, always open, no form,
 * no other origin) and records the parts that differ from them.
 */
@Aggregate
class Site {
    @AggregateIdentifier
    private String stream;
    private SiteId id;
    private SiteName name;
    private WidgetColours colours = WidgetColours.DEFAULT;
    private WidgetPosition position = WidgetPosition.BOTTOM_RIGHT;
    private String greeting;
    private String awayText;
    private BusinessHours hours;
    private List<PreChatField> preChatFields = List.of();
    private List<String> allowedOrigins = List.of();

    Site() {
        // Axon creates the site on its first command and rebuilds it from its events through this constructor.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ConfigureSite command, Acting acting) {
        if (!acting.isAdmin()) {
            throw new SiteConfigurationNotPermitted();
        }
        SiteSettings wanted = command.settings();
        if (id == null) {
            apply(new SiteCreated(command.site(), wanted.name()));
        } else if (!name.equals(wanted.name())) {
            apply(new SiteRenamed(id, wanted.name()));
        }
        if (!colours.equals(wanted.colours()) || position != wanted.position()) {
            apply(new SiteAppearanceChanged(id, wanted.colours(), wanted.position()));
        }
        if (!Objects.equals(greeting, wanted.greeting()) || !Objects.equals(awayText, wanted.awayText())) {
            apply(new SiteGreetingChanged(id, wanted.greeting(), wanted.awayText()));
        }
        if (!Objects.equals(hours, wanted.businessHours())) {
            apply(new BusinessHoursChanged(id, wanted.businessHours()));
        }
        if (!preChatFields.equals(wanted.preChatFields())) {
            apply(new PreChatFormChanged(id, wanted.preChatFields()));
        }
        if (!allowedOrigins.equals(wanted.allowedOrigins())) {
            apply(new AllowedOriginsChanged(id, wanted.allowedOrigins()));
        }
    }

    @EventSourcingHandler
    void on(SiteCreated event) {
        stream = event.site().streamId();
        id = event.site();
        name = event.name();
    }

    @EventSourcingHandler
    void on(SiteRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(SiteAppearanceChanged event) {
        colours = event.colours();
        position = event.position();
    }

    @EventSourcingHandler
    void on(SiteGreetingChanged event) {
        greeting = event.greeting();
        awayText = event.awayText();
    }

    @EventSourcingHandler
    void on(BusinessHoursChanged event) {
        hours = event.hours();
    }

    @EventSourcingHandler
    void on(PreChatFormChanged event) {
        preChatFields = event.fields();
    }

    @EventSourcingHandler
    void on(AllowedOriginsChanged event) {
        allowedOrigins = event.origins();
    }
}
