package io.github.tertib.catalog;

import io.github.tertib.run.Actor;
import io.github.tertib.sop.Answer;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One command a test gives a running case: who, when, and what. Printed on one line, so that a
 * failing property shows its command sequence one command per line.
 *
 * <pre>{@code
 * Command c = new Command.Complete(2, Optional.of(KEPALA_DINAS), sari, at);
 * run = c.applyTo(run);   // run.complete(2, KEPALA_DINAS, sari, at)
 * c.toString();           // "2026-03-02T01:30:00Z complete 2 as kepala-dinas by Sari (staf-7)"
 * }</pre>
 *
 * <p>Every command is an immutable, thread-safe record.
 */
public sealed interface Command {

    /** Returns who gives the command. */
    Actor actor();

    /** Returns when. */
    Instant at();

    /**
     * Gives the command to the case.
     *
     * @param run the case
     * @return the case after the command
     * @throws io.github.tertib.run.RejectedTransitionException if the case refuses it
     */
    SopInstance applyTo(SopInstance run);

    /**
     * {@link SopInstance#complete(int, Role, Actor, Instant)}, or without a role
     * {@link SopInstance#complete(int, Actor, Instant)}.
     *
     * @param step the step number
     * @param role the role of the part, or empty to let the case find it
     * @param actor who
     * @param at when
     */
    record Complete(int step, Optional<Role> role, Actor actor, Instant at) implements Command {

        /**
         * Checks that nothing is null.
         *
         * @param step the step number
         * @param role the role, or empty
         * @param actor who
         * @param at when
         */
        public Complete {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public SopInstance applyTo(SopInstance run) {
            return role.isPresent() ? run.complete(step, role.get(), actor, at) : run.complete(step, actor, at);
        }

        /** Returns {@code <at> complete <step> [as <role id>] by <actor>}. */
        @Override
        public String toString() {
            return at + " complete " + step + role.map(r -> " as " + r.id()).orElse("") + " by "
                    + OneLine.of(actor);
        }
    }

    /**
     * {@link SopInstance#decide(int, Answer, Actor, Instant)}.
     *
     * @param step the step number
     * @param answer the answer
     * @param actor who
     * @param at when
     */
    record Decide(int step, Answer answer, Actor actor, Instant at) implements Command {

        /**
         * Checks that nothing is null.
         *
         * @param step the step number
         * @param answer the answer
         * @param actor who
         * @param at when
         */
        public Decide {
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public SopInstance applyTo(SopInstance run) {
            return run.decide(step, answer, actor, at);
        }

        /** Returns {@code <at> decide <step> <Ya|Tidak> by <actor>}. */
        @Override
        public String toString() {
            return at + " decide " + step + " " + answer.word() + " by " + OneLine.of(actor);
        }
    }

    /**
     * {@link SopInstance#suspend(Actor, Instant, String)}.
     *
     * @param actor who
     * @param reason why
     * @param at when
     */
    record Suspend(Actor actor, String reason, Instant at) implements Command {

        /**
         * Checks that nothing is null.
         *
         * @param actor who
         * @param reason why
         * @param at when
         */
        public Suspend {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public SopInstance applyTo(SopInstance run) {
            return run.suspend(actor, at, reason);
        }

        /** Returns {@code <at> suspend by <actor>}. */
        @Override
        public String toString() {
            return at + " suspend by " + OneLine.of(actor);
        }
    }

    /**
     * {@link SopInstance#resume(Actor, Instant)}.
     *
     * @param actor who
     * @param at when
     */
    record Resume(Actor actor, Instant at) implements Command {

        /**
         * Checks that nothing is null.
         *
         * @param actor who
         * @param at when
         */
        public Resume {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public SopInstance applyTo(SopInstance run) {
            return run.resume(actor, at);
        }

        /** Returns {@code <at> resume by <actor>}. */
        @Override
        public String toString() {
            return at + " resume by " + OneLine.of(actor);
        }
    }

    /**
     * {@link SopInstance#cancel(Actor, Instant, String)}.
     *
     * @param actor who
     * @param reason why
     * @param at when
     */
    record Cancel(Actor actor, String reason, Instant at) implements Command {

        /**
         * Checks that nothing is null.
         *
         * @param actor who
         * @param reason why
         * @param at when
         */
        public Cancel {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public SopInstance applyTo(SopInstance run) {
            return run.cancel(actor, at, reason);
        }

        /** Returns {@code <at> cancel by <actor>}. */
        @Override
        public String toString() {
            return at + " cancel by " + OneLine.of(actor);
        }
    }
}
