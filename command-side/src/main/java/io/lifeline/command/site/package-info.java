/**
 * Website configuration for the widget: the {@code Site} aggregate (admins configure name,
 * appearance, texts, business hours, pre-chat form and allowed origins; each change is an event),
 * its REST route, and the look-up of each site's allowed origins that session starts and every
 * request from a site's visitors are checked against. Depends on identity and the contracts.
 */
package io.lifeline.command.site;
