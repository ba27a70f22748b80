package io.github.tertib.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code tertib} command: lists, shows and checks SOPs from the command line.
 *
 * <pre>
 * tertib list
 * tertib show v4
 * tertib check v4
 * </pre>
 *
 * <p>Exit status: 0 on success, 1 when the command fails (one sentence on standard error, never a
 * stack trace), 2 on unknown commands or bad arguments (with the usage).
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command and exits the JVM with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = new Cli(out, err).run(args);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
