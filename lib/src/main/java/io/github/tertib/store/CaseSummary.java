package io.github.tertib.store;

import io.github.tertib.run.InstanceStatus;
import io.github.tertib.sop.Fingerprint;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store keeps of a case for queries, without its events: where it stands and when its current
 * step is due. {@link CaseStore#overdue}, {@link CaseStore#dueBefore} and {@link CaseStore#cases} return
 * these; {@link CaseStore#find(String)} returns the case itself.
 *
 * <p>Instants are kept to the microsecond, as databases keep them. Immutable and thread-safe.
 *
 * @param caseId the case
 * @param sop the Nomor SOP
 * @param fingerprint the fingerprint of the revision the case runs
 * @param status ACTIVE, SUSPENDED, COMPLETED or CANCELLED
 * @param step the current step (for a closed case, the step it ended at)
 * @param startedAt when it was started
 * @param lastEventAt when its last event happened (rounded up to the microsecond)
 * @param due when the current step's standard is used up; empty for a closed or suspended case, a step
 *     without a Waktu, or when the calendar could not answer
 * @param dueUnknown why the due instant is unknown, when the calendar could not answer (its holiday
 *     data ends before the step would be due); {@link CaseStore#recomputeDueInstants()} fills it in
 *     once the calendar has the data
 * @param events how many events the case has
 */
public record CaseSummary(String caseId, String sop, Fingerprint fingerprint, InstanceStatus status, int step,
        Instant startedAt, Instant lastEventAt, Optional<Instant> due, Optional<String> dueUnknown, int events) {

    /**
     * Checks that nothing is null.
     *
     * @param caseId the case
     * @param sop the Nomor SOP
     * @param fingerprint the revision
     * @param status the status
     * @param step the current step
     * @param startedAt when it was started
     * @param lastEventAt when its last event happened
     * @param due the due instant, if known
     * @param dueUnknown why it is unknown, if so
     * @param events the number of events
     */
    public CaseSummary {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(sop, "sop");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastEventAt, "lastEventAt");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(dueUnknown, "dueUnknown");
    }

    static CaseSummary of(Projection p) {
        return new CaseSummary(p.caseId(), p.sop(), Fingerprint.parse(p.fingerprint()), p.status(), p.step(),
                p.startedAt(), p.lastAt(), p.due(), p.dueUnknown(), p.events());
    }
}
