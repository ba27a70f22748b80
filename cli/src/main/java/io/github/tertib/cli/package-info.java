/**
 * The {@code tertib} command line tool ({@link io.github.tertib.cli.Main}). Not an API: only the
 * command and its output are supported.
 */
package io.github.tertib.cli;
