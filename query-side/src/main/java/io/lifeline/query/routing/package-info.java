/**
 * The routing desk as staff see it: teams and members, routing rules, agents' availability,
 * capacity and load, and each waiting conversation's place in its team's queue. Depends only on
 * the contracts.
 */
package io.lifeline.query.routing;
