/**
 * Transactions for state that can be derived again from the event store, committed without waiting
 * for the database to flush them: see {@link io.lifeline.support.derivedstate.DerivedStateTransactions}.
 */
package io.lifeline.support.derivedstate;
