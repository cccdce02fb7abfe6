/**
 * Errors as RFC 9457 problem details with a stable {@code code}, alike in every service and from
 * every layer that can answer one (Spring MVC, Spring Security's filters, the servlet container's
 * error forward, Tomcat). Depends on Spring MVC, Spring Security, Tomcat and Jackson only.
 */
package io.lifeline.support.problems;
