/**
 * What the OpenAPI documents of the command side and the query side share: title, version and
 * links to each other and to the AsyncAPI document, the bearer JWT scheme, the problem-details
 * schema of every error answer, and nullable record fields. Built on springdoc, which only those two
 * services bring; depends on nothing else in Lifeline.
 */
package io.lifeline.support.apidocs;
