/**
 * Where a website's visitors may act from: each site names the web origins its widget runs on, and
 * every service refuses a browser request from any other origin made with a device token of that
 * site (and any cross-origin request whose token names no site). Cross-origin requests are allowed
 * by CORS, without credentials, so a refusal reaches the widget as a readable problem. Depends on
 * the problems package; each service supplies {@link io.lifeline.support.origins.SiteOrigins}.
 */
package io.lifeline.support.origins;
