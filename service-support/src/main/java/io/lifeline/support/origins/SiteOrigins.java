package io.lifeline.support.origins;

import java.util.Optional;
import java.util.Set;

/** The web origins each site allows, as the service that asks knows them. */
public interface SiteOrigins {
    /** The origins the site allows (lower case), or empty when no such site is configured. */
    Optional<Set<String>> allowedOrigins(String siteId);

    /** True when some site allows this origin: the pages that may call across origins at all (CORS). */
    boolean anySiteAllows(String origin);
}
