/**
 * Running cases of an SOP: {@link io.github.tertib.run.SopInstance} is one case, an immutable value
 * that every command ({@code start}, {@code complete}, {@code decide}, {@code suspend}, {@code resume},
 * {@code cancel}) replaces with a successor after checking who may do what, when
 * ({@link io.github.tertib.run.Actor}, {@link io.github.tertib.run.Delegation} for Plt. and Plh.,
 * the step's flags and custom {@link io.github.tertib.sop.Guard}s). A refused command throws a
 * {@link io.github.tertib.run.RejectedTransitionException} carrying a
 * {@link io.github.tertib.run.Rejection}; {@link io.github.tertib.run.SopInstance#allowedActions} asks
 * without trying.
 *
 * <p>Every change is an {@link io.github.tertib.run.Event} with a SHA-256 digest chained over the one
 * before it; {@link io.github.tertib.run.SopInstance#replay} rebuilds a case from its events and
 * refuses a broken log, and {@link io.github.tertib.run.EventLog} writes and reads their text form.
 * A {@link io.github.tertib.run.Roster} records who held which office when (appointments and Plt./Plh.
 * assignments by decree); replay against it refuses an event by someone who did not hold the office
 * then. A {@link io.github.tertib.run.Seal} made with the office's {@link io.github.tertib.run.SealKey}
 * covers a case's whole log, and {@link io.github.tertib.run.SealVerifier} replays a sealed log only if
 * the seal verifies.
 *
 * <p>The library never reads the clock: every instant is passed in. Null is never accepted (a
 * {@link java.lang.NullPointerException} names the parameter) nor returned ({@link java.util.Optional}
 * marks what may be absent). Every type here is immutable and thread-safe, except the builder
 * {@link io.github.tertib.run.Roster.Builder}. This package uses only {@code io.github.tertib.sop}, the
 * root exceptions and the shared machinery of {@code io.github.tertib.internal}.
 */
package io.github.tertib.run;
