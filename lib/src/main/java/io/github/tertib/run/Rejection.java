package io.github.tertib.run;

import io.github.tertib.internal.Messages;
import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Role;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a command on a case was refused: a code for programs, the facts (who, in which role, which step
 * and part, when, under which delegation) so that a host can write its own sentence, and sentences for
 * people in Bahasa Indonesia or English.
 *
 * <pre>{@code
 * Rejection r = e.rejection();
 * r.code();                                   // DELEGATION_NOT_VALID
 * r.actor().name(); r.step(); r.delegation(); // Sari, 2, Plh. Kepala Dinas [...]
 * r.message(Locale.forLanguageTag("id"));     // "Sari (staf-7) tidak dapat menyelesaikan langkah 2 ... pada
 *                                             //  9 Maret 2026 pukul 08.00 WIB: ... minta Surat Perintah Plh. yang baru"
 * r.message();                                // the English developer sentence, instants in UTC, with the API hint
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the kind of refusal
 * @param command the command refused; empty for starting a case
 * @param caseId the id of the case
 * @param actor who gave the command
 * @param role the role the command was given in or the refusal names, if one
 * @param step the number of the step the command named (the START step for starting a case)
 * @param part the part of the step the refusal is about, if one
 * @param at the instant of the command
 * @param delegation the actor's delegation the refusal is about, if one
 * @param lapse why that delegation did not apply, for {@link RejectionCode#DELEGATION_NOT_VALID}
 * @param cause the recorded event that explains the refusal, if one: the case's last event (closed,
 *     suspended, earlier instant) or the part already done (already done, four eyes)
 * @param currentStep the number of the case's current step when the command was given
 * @param roles the roles that could have done it, where the refusal lists them: the step's parts for
 *     {@link RejectionCode#ROLE_NOT_IN_STEP}, {@link RejectionCode#ROLE_NOT_HELD} and
 *     {@link RejectionCode#AMBIGUOUS_PART}, the roles allowed to cancel for
 *     {@link RejectionCode#CANCEL_NOT_ALLOWED}; otherwise empty
 * @param guard the description of the custom guard that refused, for {@link RejectionCode#GUARD}
 * @param message the English developer sentence (instants in UTC, with the fix in terms of the API)
 */
public record Rejection(RejectionCode code, Optional<Action.Kind> command, String caseId, Person actor,
        Optional<Role> role, int step, Optional<Assignment> part, Instant at, Optional<Delegation> delegation,
        Optional<Lapse> lapse, Optional<Event> cause, int currentStep, List<Role> roles, Optional<String> guard,
        String message) {

    /** Why a delegation did not apply at the command's instant. */
    public enum Lapse {
        /** The instant is before the delegation's period begins. */
        NOT_BEGUN,
        /** The instant is at or after the delegation's period ends. */
        ENDED;

        /**
         * Returns why the delegation does not apply at the instant, or empty if it does.
         *
         * @param d the delegation
         * @param at the instant
         * @return the lapse, or empty
         */
        public static Optional<Lapse> of(Delegation d, Instant at) {
            Objects.requireNonNull(d, "d");
            Objects.requireNonNull(at, "at");
            return at.isBefore(d.from()) ? Optional.of(NOT_BEGUN)
                    : at.isBefore(d.until()) ? Optional.empty() : Optional.of(ENDED);
        }
    }

    /**
     * Checks that nothing is null and copies the list of roles.
     *
     * @param code the kind of refusal
     * @param command the command, empty for a start
     * @param caseId the case
     * @param actor who
     * @param role the role, if one
     * @param step the step named
     * @param part the part, if one
     * @param at when
     * @param delegation the delegation, if one
     * @param lapse why the delegation did not apply, if it is the reason
     * @param cause the event that explains, if one
     * @param currentStep the current step
     * @param roles the roles that could have done it
     * @param guard the failing guard's description, if one
     * @param message the English developer sentence
     */
    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(lapse, "lapse");
        Objects.requireNonNull(cause, "cause");
        roles = List.copyOf(roles);
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the refusal as a sentence for the official, in Indonesian ({@code id}, also its old code
     * {@code in}) or English (any other language), with instants in western Indonesian time (WIB,
     * {@code Asia/Jakarta}); for an office in another zone use {@link #message(Locale, ZoneId)}. The fix
     * is said in office terms ("minta Surat Perintah Plh. yang baru"), never in terms of the API.
     *
     * @param locale the language
     * @return the sentence
     */
    public String message(Locale locale) {
        return message(locale, Messages.DEFAULT_ZONE);
    }

    /**
     * Returns the refusal as a sentence for the official, in Indonesian or English, with instants in the
     * office's zone, named WIB, WITA or WIT where it is one of Indonesia's ({@code 2 Maret 2026 pukul
     * 09.00 WIB}).
     *
     * @param locale the language
     * @param zone the office's zone
     * @return the sentence
     */
    public String message(Locale locale, ZoneId zone) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
        return Refusals.say(this, locale, zone);
    }

    /** Returns {@code CODE: sentence}, with the English developer sentence. */
    @Override
    public String toString() {
        return code + ": " + message;
    }
}
