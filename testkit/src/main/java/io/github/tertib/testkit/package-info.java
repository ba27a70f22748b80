/**
 * Framework-neutral generators of SOP definitions, runs and calendars for property-based tests, in
 * Tertib's own suite and in the applications that embed it. Every random choice comes from one
 * {@link io.github.tertib.testkit.Choices} method, so any property-testing library can drive them.
 * Null is never accepted or returned.
 */
package io.github.tertib.testkit;
