/**
 * Staff full-text search over message text: PostgreSQL {@code tsvector} with a GIN index, language
 * 'simple' so every language matches alike, with its own copy of the inbox's filter fields per
 * conversation (kept from the same events). Depends only on the contracts, on {@code filtering} and
 * {@code batching} for its writes, and on {@code config} for {@code InvalidParameter}.
 */
package io.lifeline.query.search;
