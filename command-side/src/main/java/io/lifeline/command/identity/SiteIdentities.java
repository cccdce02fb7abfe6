package io.lifeline.command.identity;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.support.origins.OriginChecks;
import io.lifeline.support.origins.SiteOrigins;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides which device a session is for. Without a site, or for a site that does not require
 * verification, it is the device the caller's secret id names. A user id a site verified (its
 * HMAC under the site's secret) names a device of its own, derived from the site and the user id:
 * the same person gets the same conversations in any browser, and nobody without the site's
 * secret can claim that device. A user id is never taken without its hash. A site is known by its
 * secret in configuration or by an admin's configuration (one without a secret takes anonymous
 * devices only); a page on another origin may start a session only for a site that allows it.
 */
@Component
class SiteIdentities {
    private final SiteProperties sites;
    private final DevicePseudonyms pseudonyms;
    private final SiteOrigins configured;
    private final OriginChecks origins;

    SiteIdentities(SiteProperties sites, DevicePseudonyms pseudonyms, SiteOrigins configured, OriginChecks origins) {
        this.sites = sites;
        this.pseudonyms = pseudonyms;
        this.configured = configured;
        this.origins = origins;
    }

    /** @param crossOrigin the origin of the page asking, when it is not Lifeline's own */
    DeviceId deviceFor(DeviceId presented, String siteId, String userId, String userHash, Optional<String> crossOrigin) {
        if (siteId != null && sites.sites().get(siteId) == null && configured.allowedOrigins(siteId).isEmpty()) {
            throw new UnknownSite();
        }
        if (!origins.allows(siteId, crossOrigin)) {
            throw new OriginNotAllowed();
        }
        if (siteId == null) {
            if (userId != null || userHash != null) {
                throw new IllegalArgumentException("userId and userHash need a siteId");
            }
            return anonymous(presented);
        }
        SiteProperties.Site site = sites.sites().get(siteId);
        if (userId == null && userHash == null && (site == null || !site.requireVerification())) {
            return anonymous(presented);
        }
        if (site == null || userId == null || userHash == null || !UserHash.matches(site.secret(), userId, userHash)) {
            throw new IdentityNotVerified();
        }
        return pseudonyms.ofVerifiedUser(siteId, userId);
    }

    private DeviceId anonymous(DeviceId presented) {
        if (presented == null) {
            throw new IllegalArgumentException("deviceId is required");
        }
        return pseudonyms.of(presented);
    }
}
