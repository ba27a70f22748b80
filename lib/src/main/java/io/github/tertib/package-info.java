/**
 * Tertib: Standar Operasional Prosedur (SOP AP) for Java. This package holds only the root exception,
 * {@link io.github.tertib.TertibException}, which every other package may use.
 */
package io.github.tertib;
