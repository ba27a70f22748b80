/**
 * Renders SOP definitions: {@link io.github.tertib.render.SopRenderer} writes the HTML document (A4
 * landscape, the identity section and the flowchart table), the flowchart as SVG, a Mermaid flowchart
 * and Markdown; {@link io.github.tertib.render.StepMarks} colour the steps (for instance by the status
 * of a case).
 *
 * <p>Null is never accepted (a {@link java.lang.NullPointerException} names the parameter) nor returned.
 * Everything written is escaped for its format. This package uses {@code io.github.tertib.sop}; the text
 * form of an SOP is written by {@code io.github.tertib.text.SopText.format}, not here.
 */
package io.github.tertib.render;
