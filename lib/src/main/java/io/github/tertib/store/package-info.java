/**
 * Cases that last: {@link io.github.tertib.store.CaseStore} keeps cases in the application's own
 * database (PostgreSQL or H2, through plain JDBC) or in memory, with the revisions they began on,
 * worklists, due instants and overdue lists kept beside the events in the same transaction, and safe
 * races between app servers.
 *
 * <p>Null is never accepted (a {@link java.lang.NullPointerException} names the parameter) nor
 * returned ({@link java.util.Optional} marks what may be absent). Every type here is immutable or
 * thread-safe. This package uses {@code sop}, {@code run}, {@code time} and {@code compliance}, and of
 * the JDK only {@code java.sql}; docs/store.md documents the tables.
 */
package io.github.tertib.store;
