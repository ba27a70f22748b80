/**
 * Renders SOP definitions: {@link io.github.tertib.render.SopRenderer} writes the HTML document (A4
 * landscape, the identity section and the flowchart table), the flowchart as SVG, a Mermaid flowchart
 * and Markdown; {@link io.github.tertib.render.StepMarks} colour the steps, for instance by a case's
 * {@code ComplianceReport} ({@code StepMarks.of(report)}, or {@code SopRenderer.html(report)}); the
 * monitoring report of many cases is written as a document in the same style
 * ({@code SopRenderer.html(MonitoringReport)}).
 *
 * <p>Null is never accepted (a {@link java.lang.NullPointerException} names the parameter) nor returned.
 * Everything written is escaped for its format. This package uses {@code io.github.tertib.sop} and
 * {@code io.github.tertib.compliance} (and what a report carries from {@code run} and {@code time}); the
 * text form of an SOP is written by {@code io.github.tertib.text.SopText.format}, not here.
 */
package io.github.tertib.render;
