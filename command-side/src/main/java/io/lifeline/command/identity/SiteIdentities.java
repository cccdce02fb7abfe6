package io.lifeline.command.identity;

import io.lifeline.contracts.actor.DeviceId;
import org.springframework.stereotype.Component;

/**
 * Decides which device a session is for. Without a site, or for a site that does not require
 * verification, it is the device the caller's secret id names. A user id a site verified (its
 * HMAC under the site's secret) names a device of its own, derived from the site and the user id:
 * the same person gets the same conversations in any browser, and nobody without the site's
 * secret can claim that device. A user id is never taken without its hash.
 */
@Component
class SiteIdentities {
    private final SiteProperties sites;
    private final DevicePseudonyms pseudonyms;

    SiteIdentities(SiteProperties sites, DevicePseudonyms pseudonyms) {
        this.sites = sites;
        this.pseudonyms = pseudonyms;
    }

    DeviceId deviceFor(DeviceId presented, String siteId, String userId, String userHash) {
        if (siteId == null) {
            if (userId != null || userHash != null) {
                throw new IllegalArgumentException("userId and userHash need a siteId");
            }
            return anonymous(presented);
        }
        SiteProperties.Site site = sites.sites().get(siteId);
        if (site == null) {
            throw new UnknownSite();
        }
        if (userId == null && userHash == null && !site.requireVerification()) {
            return anonymous(presented);
        }
        if (userId == null || userHash == null || !UserHash.matches(site.secret(), userId, userHash)) {
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
