/**
 * Compliance: how cases of an SOP stand against the standard times (Mutu Baku "Waktu") of their steps.
 *
 * <p>{@link io.github.tertib.compliance.ComplianceReport} measures one case on a
 * {@link io.github.tertib.time.WorkCalendar} through a {@link io.github.tertib.time.TimePolicy}: a
 * {@link io.github.tertib.compliance.StepCompliance} per visit of a step, with a
 * {@link io.github.tertib.compliance.ComplianceStatus}, rolled up for the case.
 * {@link io.github.tertib.compliance.MonitoringReport} aggregates many cases of one SOP into per-step,
 * per-role and per-decision figures and the regulation's monitoring row, printable as Markdown and CSV.
 * Documents (HTML) are written by {@code io.github.tertib.render}, which uses this package: a case's
 * compliance as the SOP document with its steps coloured, the monitoring report in the same style.
 *
 * <p>The library never reads the clock: the instant of a report is passed in. Null is never accepted
 * (a {@link java.lang.NullPointerException} names the parameter) nor returned ({@link java.util.Optional}
 * marks what may be absent). Every type here is immutable and thread-safe. This package uses
 * {@code io.github.tertib.sop}, {@code io.github.tertib.run} and {@code io.github.tertib.time}.
 */
package io.github.tertib.compliance;
