/**
 * Machinery that several of Tertib's packages share: one copy of each rule (the walk from events to
 * visits, Indonesian words and dates, escaping, the range of instants). Not exported by the module;
 * nothing here is API, and only Tertib's own packages may use it (ArchitectureTest checks this).
 */
package io.github.tertib.internal;
