package io.lifeline.query.site;

import io.lifeline.query.config.NotVisible;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Sites for admins, and each site's public widget settings for its widget. */
@RestController
@Tag(name = "Sites")
class SiteController {
    /** How long a browser or the bridge may use the settings before asking again (with their ETag). */
    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    static final String WIDGET_PATH = "/api/query/sites/{siteId}/widget";
    private final SiteRepository sites;

    SiteController(SiteRepository sites) {
        this.sites = sites;
    }

    @GetMapping("/api/query/sites")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Every site's widget configuration (admin)")
    List<SiteView> all() {
        return sites.all();
    }

    @GetMapping("/api/query/sites/{siteId}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "One site's widget configuration (admin)", responses = @ApiResponse(responseCode = "404",
            description = "No site with this id was configured (`not-found`)"))
    SiteView one(@PathVariable String siteId) {
        return sites.find(siteId).orElseThrow(() -> new NotVisible("site"));
    }

    @GetMapping(WIDGET_PATH)
    @CrossOrigin(origins = "*") // public settings: any page may read them, as it may load the widget's script
    @SecurityRequirements // public: the widget loads it before it has a token
    @Operation(summary = "A site's widget settings (public, cacheable)",
            description = "Name, colours, position, greeting, away text, business hours, pre-chat fields and the origins the "
                    + "widget may run on. Needs no token and may be read from any origin. Cache-Control: public, max-age=30, "
                    + "with an ETag that changes with every change of the site (If-None-Match answers 304).",
            responses = {@ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent"),
                    @ApiResponse(responseCode = "404", description = "No site with this id was configured (`not-found`)")})
    ResponseEntity<SiteView> widget(@PathVariable String siteId, WebRequest request) {
        SiteView site = sites.find(siteId).orElseThrow(() -> new NotVisible("site"));
        String etag = "\"" + site.siteId() + "-" + site.version() + "\"";
        CacheControl cache = CacheControl.maxAge(FRESH_FOR).cachePublic();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).body(site);
    }
}
