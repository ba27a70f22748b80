/**
 * Built-in SOPs, ready to run: {@link io.github.tertib.catalog.PalangkaRaya#v4()} and the
 * {@link io.github.tertib.catalog.Catalog} that finds them by id; and worked examples of cases,
 * {@link io.github.tertib.catalog.Examples#v4()}, scripted as a {@link io.github.tertib.catalog.Scenario}
 * of {@link io.github.tertib.catalog.Command}s. Null is never accepted or returned.
 */
package io.github.tertib.catalog;
