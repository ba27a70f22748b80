package io.github.tertib.cli;

import io.github.tertib.TertibException;
import io.github.tertib.catalog.Catalog;
import io.github.tertib.sop.InvalidSopException;
import io.github.tertib.sop.Problem;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.render.RenderFormat;
import io.github.tertib.render.SopRenderer;
import io.github.tertib.run.EventLog;
import io.github.tertib.run.SopInstance;
import io.github.tertib.testkit.Examples;
import io.github.tertib.testkit.Scenario;
import io.github.tertib.text.Diagnostic;
import io.github.tertib.text.SopText;
import io.github.tertib.text.SopTextResult;
import io.github.tertib.compliance.ComplianceReport;
import io.github.tertib.time.Holidays;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The commands of {@code tertib}, separated from {@link Main} so tests can run them in-process. */
final class Cli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = String.join(System.lineSeparator(),
            "usage: tertib <command> [arguments]",
            "",
            "commands:",
            "  list                 the built-in SOPs",
            "  show <sop>           identity and step table of an SOP",
            "  check <sop>          run the definition checks: problems and warnings;",
            "                       for a text file, every diagnostic of the reader with its line",
            "  render <sop> --format html|svg|mermaid|markdown|text [--out FILE]",
            "                       the official document, the flowchart, or the text form",
            "  simulate v4 [--log FILE]",
            "                       run a scripted case of V.4 and print its events and its",
            "                       compliance; --log writes the event log in its text form",
            "  report <sop> --log FILE [--calendar asn|continuous] [--zone Z] [--as-of T]",
            "                       one case's compliance table from its event log; the ASN",
            "                       calendar with Indonesian holidays in Asia/Jakarta by default,",
            "                       as of the case's close (or last event); T is an ISO instant",
            "",
            "<sop> is a built-in id (see 'tertib list') or the path of an SOP in its text form.");

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final PrintStream out;
    private final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String... args) {
        if (args.length == 0) {
            return usage("no command given");
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (command) {
                case "list":
                    return list(rest);
                case "show":
                    return show(rest);
                case "check":
                    return check(rest);
                case "render":
                    return render(rest);
                case "simulate":
                    return simulate(rest);
                case "report":
                    return report(rest);
                case "help":
                case "--help":
                case "-h":
                    out.println(USAGE_TEXT);
                    return OK;
                default:
                    return usage("unknown command \"" + command + "\"");
            }
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (TertibException | IllegalArgumentException e) {
            err.println("tertib: " + firstLine(e.getMessage()));
            return FAILED;
        }
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl).strip();
    }

    private int usage(String why) {
        err.println("tertib: " + why);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private int list(List<String> args) {
        expectArgs("list", args, 0);
        for (Catalog.Entry e : Catalog.entries()) {
            SopDefinition d = e.definition().get();
            out.println(String.format("%-6s %-8s %s", e.id(), d.number(), d.name()));
            out.println(String.format("%-6s %-8s %s", "", "", e.office()));
        }
        return OK;
    }

    private int show(List<String> args) {
        expectArgs("show", args, 1);
        out.print(new SopTable(100).render(load(args.get(0))));
        return OK;
    }

    private int check(List<String> args) {
        expectArgs("check", args, 1);
        if (Catalog.find(args.get(0)).isEmpty()) {
            return checkText(args.get(0));
        }
        SopDefinition d;
        try {
            d = load(args.get(0));
        } catch (InvalidSopException e) {
            out.println("SOP " + args.get(0) + ": " + e.problems().size() + " problem(s)");
            for (Problem p : e.problems()) {
                out.println((p.isWarning() ? "warning " : "error   ") + p);
            }
            return FAILED;
        }
        out.println("SOP " + d.number() + " " + d.name() + ": valid, " + d.steps().size() + " steps, "
                + d.roles().size() + " roles, " + d.warnings().size() + " warning(s)");
        for (Problem p : d.warnings()) {
            out.println("warning " + p);
        }
        return OK;
    }

    private int checkText(String file) {
        SopTextResult r = SopText.read(Files.read(existing(file)));
        for (Diagnostic d : r.diagnostics()) {
            out.println(file + ":" + d);
        }
        long errors = r.errors().size();
        long warnings = r.diagnostics(Diagnostic.Severity.WARNING).size();
        out.println(file + ": " + (r.definition().isPresent() ? "valid SOP " + r.definition().get().number() : "no SOP")
                + ", " + errors + " error(s), " + warnings + " warning(s)");
        return errors == 0 ? OK : FAILED;
    }

    private int render(List<String> args) {
        Options o = Options.parse("render", args, List.of("--format", "--out"));
        if (o.positional().size() != 1) {
            throw new UsageException("render takes one SOP, such as 'tertib render v4 --format html'");
        }
        String format = o.value("--format").orElseThrow(() -> new UsageException(
                "render needs --format html, svg, mermaid, markdown or text"));
        SopDefinition d = load(o.positional().get(0));
        String text;
        if (format.equalsIgnoreCase("text")) {
            text = SopText.format(d);
        } else {
            RenderFormat f;
            try {
                f = RenderFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new UsageException("render has no format \"" + format
                        + "\": use html, svg, mermaid, markdown or text");
            }
            text = SopRenderer.standard().render(d, f);
        }
        Optional<String> file = o.value("--out");
        if (file.isPresent()) {
            Files.write(file.get(), text);
            out.println("Wrote " + file.get());
        } else {
            out.print(text);
        }
        return OK;
    }

    private int simulate(List<String> args) {
        Options o = Options.parse("simulate", args, List.of("--log"));
        if (o.positional().size() != 1) {
            throw new UsageException("simulate takes the SOP to simulate, such as 'tertib simulate v4'");
        }
        if (!o.positional().get(0).equals("v4")) {
            throw new UsageException("simulate has a scripted case for v4 only, not \"" + o.positional().get(0) + "\"");
        }
        Scenario scenario = Examples.v4();
        SopInstance run = scenario.run();
        Optional<String> log = o.value("--log");
        if (log.isPresent()) {
            Files.write(log.get(), EventLog.format(run.events()));
        }
        out.println("Simulated case " + run.id() + " of SOP " + run.definition().number() + " "
                + run.definition().name());
        out.println("Script:");
        for (String line : scenario.script().lines().toList()) {
            out.println("  " + line);
        }
        out.println();
        out.println("Events:");
        out.print(EventLog.table(run.events()));
        out.println();
        out.println("Status: " + run.status() + run.closedAt().map(t -> " at " + t).orElse(""));
        out.println();
        WorkCalendar calendar = WorkCalendar.asn(JAKARTA).withHolidays(Holidays.indonesia());
        ComplianceReport report = ComplianceReport.of(run, calendar, run.closedAt().orElseThrow());
        out.println("Compliance on the ASN calendar (Asia/Jakarta, Indonesian holidays), " + report.policy() + ":");
        out.print(report.toTable());
        log.ifPresent(file -> out.println("Event log written to " + file));
        return OK;
    }

    private int report(List<String> args) {
        Options o = Options.parse("report", args, List.of("--log", "--calendar", "--zone", "--as-of"));
        if (o.positional().size() != 1) {
            throw new UsageException("report takes one SOP, such as 'tertib report v4 --log case.log'");
        }
        SopDefinition d = load(o.positional().get(0));
        String logFile = o.value("--log").orElseThrow(() -> new UsageException("report needs --log FILE: the case's"
                + " event log, as 'tertib simulate v4 --log FILE' writes it"));
        ZoneId zone;
        try {
            zone = ZoneId.of(o.value("--zone").orElse("Asia/Jakarta"));
        } catch (java.time.DateTimeException e) {
            throw new UsageException("--zone " + o.value("--zone").orElse("") + " is not a time zone: use a region"
                    + " such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura");
        }
        String kind = o.value("--calendar").orElse("asn");
        if (!kind.equals("asn") && !kind.equals("continuous")) {
            throw new UsageException("--calendar " + kind + " is not a calendar: use asn or continuous");
        }
        SopInstance run = SopInstance.replay(d, EventLog.parse(Files.read(logFile)));
        Instant asOf;
        try {
            asOf = o.value("--as-of").map(Instant::parse)
                    .orElse(run.closedAt().orElse(run.lastEvent().at()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException("--as-of " + o.value("--as-of").orElse("") + " is not an instant: write it as"
                    + " 2026-03-12T07:00:00Z");
        }
        ComplianceReport report = kind.equals("asn")
                ? ComplianceReport.of(run, WorkCalendar.asn(zone).withHolidays(Holidays.indonesia()), asOf)
                // on the wall clock a day is 24 hours, so standards are read as calendar time too
                : ComplianceReport.of(run, WorkCalendar.continuous(zone), TimePolicy.calendarTime(), asOf);
        out.println("Case " + run.id() + " of SOP " + d.number() + ", " + run.status() + ", as of " + asOf + ", " + kind
                + " calendar in " + zone + ", " + report.policy() + ":");
        out.print(report.toTable());
        return OK;
    }

    private static void expectArgs(String command, List<String> args, int count) {
        if (args.size() != count) {
            throw new UsageException(command + " takes " + count + (count == 1 ? " argument" : " arguments")
                    + ", got " + args.size() + (args.isEmpty() ? "" : ": " + String.join(" ", args)));
        }
    }

    static SopDefinition load(String sop) {
        Optional<SopDefinition> builtIn = Catalog.find(sop);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        SopTextResult r = SopText.read(Files.read(existing(sop)));
        if (r.definition().isEmpty()) {
            Diagnostic first = r.errors().get(0);
            throw new TertibException(sop + " is not a valid SOP: " + r.errors().size() + " error(s), the first "
                    + (first.line() > 0 ? "at line " + first.line() : "for the whole text") + ": " + first.message()
                    + " (see 'tertib check " + sop + "')");
        }
        return r.definition().get();
    }

    private static String existing(String sop) {
        if (!java.nio.file.Files.isRegularFile(java.nio.file.Path.of(sop))) {
            throw new UsageException("there is no built-in SOP \"" + sop + "\" and no file " + sop
                    + ": see 'tertib list' for the ids");
        }
        return sop;
    }

    /** A bad command line: reported with the usage and exit status 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
