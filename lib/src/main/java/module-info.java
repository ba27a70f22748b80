/**
 * Tertib: define, run, guard, time and render Indonesian government SOPs (SOP AP,
 * PermenPAN-RB 35/2012). No runtime dependencies.
 */
// QuickTheories has no module name of its own: it is an automatic module named from its jar file.
// Only the optional test-kit adapter reads it, and its API returns QuickTheories' Gen, hence
// "static transitive". Both lint warnings about that automatic module are suppressed here, and
// only here, deliberately (docs/decisions/0002-quicktheories.md); -Werror stays on.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.tertib {
    requires static transitive quicktheories;
    // The case store's API takes a javax.sql.DataSource; java.sql is part of the JDK.
    requires transitive java.sql;

    exports io.github.tertib;
    exports io.github.tertib.sop;
    exports io.github.tertib.run;
    exports io.github.tertib.catalog;
    exports io.github.tertib.time;
    exports io.github.tertib.compliance;
    exports io.github.tertib.store;
    exports io.github.tertib.text;
    exports io.github.tertib.render;
    exports io.github.tertib.testkit;
    exports io.github.tertib.testkit.quicktheories;
}
