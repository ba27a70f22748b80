/**
 * Tertib: define, run, guard, time and render Indonesian government SOPs (SOP AP,
 * PermenPAN-RB 35/2012). No runtime dependencies: the module requires nothing beyond the JDK (java.sql
 * for the case store).
 * The test kit (io.github.tertib:tertib-testkit) and the command line (io.github.tertib:tertib-cli)
 * are artifacts of their own, so this module's graph never mentions QuickTheories or picocli.
 */
module io.github.tertib {
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
}
