/**
 * Built-in SOPs, ready to run: {@link io.github.tertib.catalog.PalangkaRaya#v4()} and the
 * {@link io.github.tertib.catalog.Catalog} that finds them by id. Null is never accepted or returned.
 */
package io.github.tertib.catalog;
