/**
 * Tertib: define, run, guard, time and render Indonesian government SOPs (SOP AP,
 * PermenPAN-RB 35/2012). No runtime dependencies.
 */
// QuickTheories has no module name of its own (it is an automatic module named from its jar);
// only the optional test-kit adapter reads it, so the warning is suppressed here, deliberately.
@SuppressWarnings("requires-automatic")
module io.github.tertib {
    requires static quicktheories;

    exports io.github.tertib;
}
