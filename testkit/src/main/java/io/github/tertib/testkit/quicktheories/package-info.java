/**
 * Adapters from Tertib's generators to QuickTheories ({@code org.quicktheories:quicktheories}), an
 * optional dependency: add it to your own test scope to use this package. Null is never accepted or
 * returned.
 */
package io.github.tertib.testkit.quicktheories;
