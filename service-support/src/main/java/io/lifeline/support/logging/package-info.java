/**
 * Logging that never carries a secret: bearer tokens are redacted from every line of every
 * service, whoever logs it. Depends on Logback and Spring Boot's application events only.
 */
package io.lifeline.support.logging;
