/**
 * Websites' widget configuration as read models: what admins set, and the public, cacheable
 * settings each site's widget loads (with the origins every query-side request of its visitors is
 * held to). Depends on the contracts and the shared origin checks.
 */
package io.lifeline.query.site;
