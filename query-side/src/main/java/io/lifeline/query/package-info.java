/**
 * The query side: projections into read models and the REST query API. Thin until the query-side
 * issue; it already verifies Lifeline tokens so its shape is final.
 */
package io.lifeline.query;
