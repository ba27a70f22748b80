/**
 * The text form of an SOP AP document: {@link io.github.tertib.text.SopText#read(String)} reads it into
 * a definition with {@link io.github.tertib.text.Diagnostic}s that carry line numbers, and
 * {@link io.github.tertib.text.SopText#format(io.github.tertib.sop.SopDefinition)} writes it back.
 *
 * <p>Null is never accepted (a {@link java.lang.NullPointerException} names the parameter) nor returned
 * ({@link java.util.Optional} marks what may be absent). Reading never throws for a malformed text:
 * everything wrong with it is a diagnostic. This package uses only {@code io.github.tertib.sop} and the
 * root exception.
 */
package io.github.tertib.text;
