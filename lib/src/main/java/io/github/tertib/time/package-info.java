/**
 * Working time: when an office works, and how a standard time becomes a due instant.
 *
 * <p>A {@link io.github.tertib.time.WorkCalendar} combines a zone, a
 * {@link io.github.tertib.time.WeeklySchedule} of {@link io.github.tertib.time.WorkingInterval}s with
 * breaks, dated overrides (Ramadan), {@link io.github.tertib.time.Holidays} (libur nasional, cuti
 * bersama, local days off, each with its legal basis) and extra working dates, and answers working-time
 * questions exactly, in time that does not grow with the span asked about. A
 * {@link io.github.tertib.time.TimePolicy} says how the Waktu of an SOP step is read against such a
 * calendar: as wall-clock time, as working minutes, or as working days.
 *
 * <p>The library never reads the system clock or the JVM's default zone: instants are passed in and
 * dates are read in the calendar's zone. Null is never accepted or returned; what may be absent is an
 * {@link java.util.Optional}. Every type here is immutable and thread-safe.
 */
package io.github.tertib.time;
