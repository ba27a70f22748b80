package io.github.tertib.store;

import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.run.Actor;
import io.github.tertib.run.InstanceStatus;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Revision;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Keeps cases durably: their events, appended in order, and beside them what the queries need (each
 * open case's current step, pending parts and due instant; the compliance of closed visits), written
 * in the same transaction. Two app servers acting on one case at once cannot both append: one wins,
 * and {@link #update(String, UnaryOperator)} retries the other's pure command on the fresh case.
 *
 * <pre>{@code
 * CaseStore store = CaseStore.jdbc(dataSource, calendar);    // PostgreSQL or H2
 * store.createSchema();                                       // or apply V1__tertib.sql with Flyway
 * store.register(v4);                                         // the revisions this application runs
 * store.start(v4, "2026/001", kasi, t0);
 * store.update("2026/001", c -> c.complete(1, kasi, t1));     // load, command, append; retried on a race
 * store.worklist(kabid, t2);                                  // what Kepala Bidang may do now
 * store.overdue(t2);                                          // open cases past their due instant
 * }</pre>
 *
 * <p>{@link #jdbc(DataSource, WorkCalendar)} keeps cases in the host's database (PostgreSQL or H2,
 * detected from the connection; others are refused), {@link #inMemory(WorkCalendar)} in this JVM for
 * tests and small tools; both give the same answers. docs/store.md documents the tables, the indexes
 * and running past one database server. Every method is thread-safe; every refusal is a
 * {@link StoreException} (or the command's own {@link io.github.tertib.run.RejectedTransitionException})
 * and changes nothing.
 */
public sealed interface CaseStore permits BaseCaseStore {

    /** The page size of {@link #worklist(Actor, Instant)} and {@link #overdue(Instant)}. */
    int DEFAULT_PAGE = 50;

    /**
     * Returns a store on the host's database with the working-minutes policy and the default number of
     * attempts; see {@link #builder(WorkCalendar)} for the other settings.
     *
     * @param dataSource PostgreSQL or H2; the store takes a connection per operation and gives it back
     * @param calendar the calendar due instants are computed on
     * @return the store
     * @throws StoreException if the database is neither PostgreSQL nor H2, or cannot be reached
     */
    static CaseStore jdbc(DataSource dataSource, WorkCalendar calendar) {
        return builder(calendar).jdbc(dataSource);
    }

    /**
     * Returns a store that keeps cases in this JVM's memory, with the same meaning as a database store.
     *
     * @param calendar the calendar due instants are computed on
     * @return the store
     */
    static CaseStore inMemory(WorkCalendar calendar) {
        return builder(calendar).inMemory();
    }

    /**
     * Returns a builder for a store with other settings: the time policy, how many times a command is
     * tried on a race, and a listener told of every lost race.
     *
     * @param calendar the calendar due instants are computed on
     * @return the builder
     */
    static Builder builder(WorkCalendar calendar) {
        return new Builder(Objects.requireNonNull(calendar, "calendar"));
    }

    /**
     * Creates the store's tables and indexes if the database has none (the script
     * {@code io/github/tertib/store/V1__tertib.sql} in the jar); does nothing if it has this version.
     * Nothing to do in memory.
     *
     * @throws StoreException if the database has another version of the schema
     */
    void createSchema();

    /**
     * Registers a revision of an SOP: cases may be started on it, and stored cases that began on it can
     * be read. A case stays on the revision it began on.
     *
     * @param definition the definition
     * @return its revision
     */
    Revision register(SopDefinition definition);

    /** Returns the revisions registered with this store object, in the order registered. */
    List<Revision> revisions();

    /**
     * Starts a case and stores it.
     *
     * @param definition a registered definition
     * @param caseId the case's id, unique in the store
     * @param actor who starts it
     * @param at when
     * @return the case
     * @throws StoreException if the definition is not registered or the id is taken
     * @throws io.github.tertib.run.RejectedTransitionException if the actor may not start it
     */
    SopInstance start(SopDefinition definition, String caseId, Actor actor, Instant at);

    /**
     * Returns the stored case, replayed on the revision it began on.
     *
     * @param caseId the case's id
     * @return the case, or empty if there is none with that id
     * @throws StoreException if its revision is not registered
     */
    Optional<SopInstance> find(String caseId);

    /**
     * Stores the events of a case that the store has not seen: the case must extend the stored one
     * (the same events first), or be new.
     *
     * @param instance the case, as commands left it
     * @return the case
     * @throws StoreException if it does not extend the stored chain, or its definition is not registered
     */
    SopInstance save(SopInstance instance);

    /**
     * Loads a case, applies the command, and appends the events it recorded, with the projections, in
     * one transaction. If another app server appended to the case meanwhile (or the database reports a
     * serialization failure), the command is applied again to the fresh case, up to the store's number
     * of attempts. The command must be pure: it may run more than once.
     *
     * @param caseId the case's id
     * @param command what to do, such as {@code c -> c.complete(2, kabid, at)}
     * @return the case after the command
     * @throws StoreException if there is no such case
     * @throws CaseConflictException if every attempt lost the race
     * @throws io.github.tertib.run.RejectedTransitionException if the command is refused; nothing is stored
     */
    SopInstance update(String caseId, UnaryOperator<SopInstance> command);

    /**
     * Returns the first page ({@value #DEFAULT_PAGE} items) of the work waiting for the official at the
     * instant; see {@link #worklist(Actor, Instant, int, int)}.
     *
     * @param actor the official, with the roles they hold and their Plt./Plh. delegations
     * @param at the instant
     * @return the most urgent items
     */
    default List<WorkItem> worklist(Actor actor, Instant at) {
        return worklist(actor, at, 0, DEFAULT_PAGE);
    }

    /**
     * Returns the work waiting for the official at the instant, most urgent first (earliest due
     * instant; items without one last; then by case id and part): every part they may complete,
     * decision they may take and suspended case they may resume. It is exactly the COMPLETE, DECIDE and
     * RESUME actions that {@link SopInstance#allowedActions(Actor, Instant)} gives for every stored case,
     * definitive-only and four-eyes steps included. What anyone may do to any case (suspend, cancel) is
     * not work waiting.
     *
     * <p>One indexed query answers it. Custom {@link io.github.tertib.sop.Guard}s are code the database
     * cannot run: the query returns the items of guarded steps, and the store then asks each guard in
     * Java and drops the items a guard refuses, so a page may hold fewer than {@code limit} items.
     *
     * @param actor the official
     * @param at the instant
     * @param offset how many items to skip
     * @param limit the most items to return
     * @return the items
     */
    List<WorkItem> worklist(Actor actor, Instant at, int offset, int limit);

    /**
     * Returns the first page ({@value #DEFAULT_PAGE} cases) of the overdue cases; see
     * {@link #dueBefore(Instant, int, int)}.
     *
     * @param asOf the instant
     * @return the cases, the longest overdue first
     */
    default List<CaseSummary> overdue(Instant asOf) {
        return dueBefore(asOf, 0, DEFAULT_PAGE);
    }

    /**
     * Returns the active cases whose current step is due before the instant, earliest due first: with
     * {@code now}, the overdue cases; with a later instant, the cases a reminder job should mention.
     * A suspended case is not listed: its clock stops while it waits.
     *
     * @param instant the instant
     * @param offset how many cases to skip
     * @param limit the most cases to return
     * @return the cases
     */
    List<CaseSummary> dueBefore(Instant instant, int offset, int limit);

    /**
     * Returns the cases of an SOP with the status that were started in {@code [from, until)}, by start
     * instant then case id, streamed from the database. Close the stream (try-with-resources): it holds
     * a connection.
     *
     * @param sop the Nomor SOP
     * @param status the status
     * @param from the first start instant included
     * @param until the first start instant excluded
     * @return the cases
     */
    Stream<CaseSummary> cases(String sop, InstanceStatus status, Instant from, Instant until);

    /**
     * Returns the cases of an SOP started in {@code [from, until)}, whatever their status, replayed one
     * at a time as the stream is read, by start instant then case id: for a monitoring report over
     * millions of cases in bounded memory. Close the stream: it holds a connection.
     *
     * @param sop the Nomor SOP
     * @param from the first start instant included
     * @param until the first start instant excluded
     * @return the cases
     */
    Stream<SopInstance> instances(String sop, Instant from, Instant until);

    /**
     * Returns the monitoring report of the cases of one revision of an SOP started in {@code [from,
     * until)}, measured on this store's calendar and policy. The cases are read from the database and
     * measured one at a time, so a million stored cases never sit in memory at once.
     *
     * @param definition a registered revision; cases of its other revisions are left out
     * @param from the first start instant included
     * @param until the first start instant excluded
     * @param asOf the instant of the report, not earlier than any of those cases' last event
     * @return the report
     */
    MonitoringReport monitoring(SopDefinition definition, Instant from, Instant until, Instant asOf);

    /**
     * Computes the due instant of every active case again with this store's calendar: after the host
     * loads new holiday data (a new store object on the new calendar), so that cases whose due instant
     * was unknown get one, and holidays added since move the others.
     *
     * @return how many cases' due instants changed
     */
    int recomputeDueInstants();

    /** Told of every race a command lost and will try again: for metrics and logs. */
    @FunctionalInterface
    interface RetryListener {

        /**
         * Called after a lost race, before the command is tried again on the fresh case.
         *
         * @param caseId the case
         * @param attempt the attempt that lost, from 1
         * @param cause the database's report: a unique-key violation on the case's next event, or a
         *     serialization failure
         */
        void retrying(String caseId, int attempt, Exception cause);
    }

    /**
     * Settings of a store: the time policy, the number of attempts a command gets, and a retry
     * listener. Each may be set once.
     */
    final class Builder {
        private final WorkCalendar calendar;
        private TimePolicy policy;
        private int maxAttempts;
        private RetryListener listener;

        Builder(WorkCalendar calendar) {
            this.calendar = calendar;
        }

        /**
         * Sets how the steps' Waktu are read; working minutes unless set.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder policy(TimePolicy policy) {
            Objects.requireNonNull(policy, "policy");
            if (this.policy != null) {
                throw new IllegalStateException("the policy is already set to " + this.policy + ": set it once");
            }
            this.policy = policy;
            return this;
        }

        /**
         * Sets how many times {@code update} tries a command when it loses a race; 10 unless set.
         *
         * @param attempts at least 1
         * @return this builder
         */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("a command needs at least 1 attempt, not " + attempts);
            }
            if (maxAttempts != 0) {
                throw new IllegalStateException("the attempts are already set to " + maxAttempts + ": set them once");
            }
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * Sets a listener told of every lost race.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder onRetry(RetryListener listener) {
            Objects.requireNonNull(listener, "listener");
            if (this.listener != null) {
                throw new IllegalStateException("a retry listener is already set: set it once");
            }
            this.listener = listener;
            return this;
        }

        /**
         * Returns a store on the host's database.
         *
         * @param dataSource PostgreSQL or H2
         * @return the store
         * @throws StoreException if the database is neither, or cannot be reached
         */
        public CaseStore jdbc(DataSource dataSource) {
            return new JdbcCaseStore(Objects.requireNonNull(dataSource, "dataSource"), settings());
        }

        /**
         * Returns a store in this JVM's memory.
         *
         * @return the store
         */
        public CaseStore inMemory() {
            return new MemoryCaseStore(settings());
        }

        private StoreSettings settings() {
            return new StoreSettings(calendar, policy == null ? TimePolicy.workingMinutes() : policy,
                    maxAttempts == 0 ? 10 : maxAttempts, listener == null ? (c, a, e) -> { } : listener);
        }
    }
}
