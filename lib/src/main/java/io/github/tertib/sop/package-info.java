/**
 * The definition of an SOP and its DSL: {@link io.github.tertib.sop.Sop#define(String, String)} builds a
 * checked, immutable {@link io.github.tertib.sop.SopDefinition} of {@link io.github.tertib.sop.Step}s,
 * {@link io.github.tertib.sop.Role}s and the {@link io.github.tertib.sop.Identity} section.
 *
 * <p>Indonesian terms of the format stay Indonesian where users know them: <em>Kegiatan</em> (the
 * activity of a row), <em>Pelaksana</em> (the actor columns), <em>Mutu Baku</em> (the quality standard:
 * Kelengkapan, Waktu, Output), <em>Keterangan</em> (the note).
 *
 * <p>Null is never accepted (a {@link java.lang.NullPointerException} names the parameter) nor returned
 * ({@link java.util.Optional} marks what may be absent). Invalid values (a NIP, a rank, a time text)
 * are refused with an {@link java.lang.IllegalArgumentException} whose message names the rule broken;
 * an invalid definition with an {@link io.github.tertib.sop.InvalidSopException} listing every problem.
 * This package depends on no other package of Tertib except the root exception.
 */
package io.github.tertib.sop;
