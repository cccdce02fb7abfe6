/**
 * The language every Lifeline module speaks: commands, events, their results, typed ids and value
 * objects. Plain Java records validated in their compact constructors; depends on nothing but Axon's
 * {@code @Revision} and Jackson's annotations, never on Spring or JPA.
 */
package io.lifeline.contracts;
