/**
 * Website configuration for the widget: a site's name, colours, position, greeting and away text,
 * business hours in its time zone, pre-chat form and the web origins its widget may run on. The
 * {@code ConfigureSite} command and the past-tense events an admin's change produces, one per part
 * that changed. A site's identity-verification secret is configuration, never an event.
 */
package io.lifeline.contracts.site;
