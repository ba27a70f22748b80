package io.github.tertib.cli;

import io.github.tertib.TertibException;
import io.github.tertib.catalog.Catalog;
import io.github.tertib.catalog.Examples;
import io.github.tertib.catalog.Scenario;
import io.github.tertib.compliance.ComplianceReport;
import io.github.tertib.render.RenderFormat;
import io.github.tertib.render.SopRenderer;
import io.github.tertib.run.EventLog;
import io.github.tertib.run.InvalidEventLogException;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.InvalidSopException;
import io.github.tertib.sop.Problem;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.text.Diagnostic;
import io.github.tertib.text.DiagnosticCode;
import io.github.tertib.text.SopText;
import io.github.tertib.text.SopTextResult;
import io.github.tertib.render.Emblem;
import io.github.tertib.time.OutsideHolidayDataException;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * The commands of {@code tertib}, separated from {@link Main} so tests can run them in-process. picocli
 * parses the command line (help, {@code --version}, suggestions for typos); the sentences of refusals
 * are Tertib's own, and no failure ever reaches the user as a stack trace.
 */
@Command(name = "tertib", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        synopsisHeading = "", customSynopsis = "usage: tertib <command> [arguments]%n",
        description = "Define, check, render, simulate and measure SOPs (SOP AP, PermenPAN-RB 35/2012).%n",
        commandListHeading = "%ncommands:%n",
        footerHeading = "%n",
        footer = "<sop> is a built-in id (see 'tertib list') or the path of an SOP in its text form.",
        subcommands = CommandLine.HelpCommand.class)
final class Cli implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final String DETAILS = "commandDetails";

    private final PrintStream out;
    private final PrintStream err;
    private final java.time.Clock clock;
    private Locale locale;

    Cli(PrintStream out, PrintStream err) {
        this(out, err, java.time.Clock.systemUTC(), Locale.getDefault());
    }

    /** A command line whose "now" is the clock's and whose language defaults to the locale's. */
    Cli(PrintStream out, PrintStream err, java.time.Clock clock, Locale defaultLocale) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.locale = isIndonesian(defaultLocale) ? INDONESIAN : Locale.ENGLISH;
    }

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static boolean isIndonesian(Locale locale) {
        // the JDK still reports Indonesian as the old code "in" on some systems
        return locale.getLanguage().equals("id") || locale.getLanguage().equals("in");
    }

    /** {@code --lang id|en}: the language of the command's own sentences, on every command. */
    @Option(names = "--lang", paramLabel = "id|en", scope = ScopeType.INHERIT,
            description = "the language of messages: id (Bahasa Indonesia) or en; default from the locale")
    void lang(String lang) {
        locale = switch (lang.toLowerCase(Locale.ROOT)) {
            case "id", "in" -> INDONESIAN;
            case "en" -> Locale.ENGLISH;
            default -> throw new ParameterException(new CommandLine(this), "--lang " + lang
                    + " is not a language of tertib: use id (Bahasa Indonesia) or en (English)");
        };
    }

    /** Returns the standard output of the commands. */
    PrintStream out() {
        return out;
    }

    /** Returns the language chosen by {@code --lang} or the locale. */
    Locale locale() {
        return locale;
    }

    /** Returns the sentence in the chosen language. */
    String say(String indonesian, String english) {
        return locale.equals(INDONESIAN) ? indonesian : english;
    }

    /** Runs one command line and returns its exit status: 0 done, 1 failed, 2 a bad command line. */
    int run(String... args) {
        CommandLine line = commandLine();
        try {
            return line.execute(args);
        } catch (RuntimeException | StackOverflowError e) {
            // picocli hands every exception of a command to the handler; this is the last guard
            err.println("tertib: " + sentence(e));
            return FAILED;
        }
    }

    private CommandLine commandLine() {
        CommandLine line = new CommandLine(this)
                .addSubcommand(new ListCommand())
                .addSubcommand(new Show())
                .addSubcommand(new Check())
                .addSubcommand(new Render())
                .addSubcommand(new Simulate())
                .addSubcommand(new Report())
                .addSubcommand(new Demo(this));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setParameterExceptionHandler((e, args) -> usage(refusal(e)));
        line.setExecutionExceptionHandler((e, command, parsed) -> failure(e));
        // the top-level help lists every option of every command, not only their names
        List<String> keys = new ArrayList<>(line.getHelpSectionKeys());
        keys.add(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), DETAILS);
        line.setHelpSectionKeys(keys);
        line.getHelpSectionMap().put(DETAILS, help -> {
            StringBuilder b = new StringBuilder();
            for (CommandLine sub : line.getSubcommands().values()) {
                if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                    b.append(System.lineSeparator()).append(sub.getUsageMessage());
                }
            }
            return b.toString();
        });
        return line;
    }

    /** {@code tertib} with no command: a usage error. */
    @Override
    public Integer call() {
        return usage("no command given");
    }

    private int usage(String why) {
        err.println("tertib: " + why);
        // the short form: the commands and what they take; 'tertib --help' gives every option
        CommandLine line = commandLine();
        List<String> keys = new ArrayList<>(line.getHelpSectionKeys());
        keys.remove(DETAILS);
        line.setHelpSectionKeys(keys);
        err.print(line.getUsageMessage());
        err.flush();
        return USAGE;
    }

    private int failure(Exception e) {
        if (e instanceof UsageException usage) {
            return usage(usage.getMessage());
        }
        if (e instanceof OutsideHolidayDataException o) {
            err.println("tertib: " + beyondData(o));
            return FAILED;
        }
        err.println("tertib: " + sentence(e));
        return FAILED;
    }

    /** One sentence for a failure: Tertib's own message, or what went wrong with the JDK's words. */
    private static String sentence(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? null : firstLine(e.getMessage());
        if (e instanceof TertibException || e instanceof IllegalArgumentException) {
            return message == null ? "the command failed (" + e.getClass().getSimpleName() + ")" : message;
        }
        if (e instanceof StackOverflowError) {
            return "the input nests too deeply to process";
        }
        return "the command failed: " + (message == null ? e.getClass().getSimpleName() : message);
    }

    /** The refusal past the holiday data, told as the command line's fix rather than Java's. */
    private String beyondData(OutsideHolidayDataException e) {
        int next = e.date().getYear();
        return say("data hari libur mencakup " + e.firstYear() + " sampai " + e.lastYear() + " dan tidak memuat "
                + e.date() + ": berikan hari libur " + next + " dengan --holidays BERKAS (CSV"
                + " date,type,name,legal_basis dari SKB-nya), atau ukur dengan anggapan tanpa hari libur dengan"
                + " --assume-no-holidays-after-data",
                "the holiday data covers " + e.firstYear() + " to " + e.lastYear() + " and says nothing about "
                + e.date() + ": give the holidays of " + next + " with --holidays FILE (a CSV"
                + " date,type,name,legal_basis from its decree), or measure as if there were none with"
                + " --assume-no-holidays-after-data");
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl).strip();
    }

    /** The sentence for a command line picocli could not parse. */
    private static String refusal(ParameterException e) {
        CommandLine where = e.getCommandLine();
        String command = where.getCommandName();
        boolean top = where.getParent() == null;
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            String first = args.isEmpty() ? "" : args.get(0);
            String suggestion = unmatched.getSuggestions().isEmpty() ? ""
                    : "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
            if (top) {
                return (first.startsWith("-") ? "tertib has no option " + first : "unknown command \"" + first + "\"")
                        + suggestion;
            }
            if (first.startsWith("-")) {
                return command + " has no option " + first + optionList(where) + suggestion;
            }
            return arguments(where, args);
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            for (ArgSpec arg : missing.getMissing()) {
                if (arg instanceof OptionSpec option) {
                    return "option " + option.longestName() + " of " + command + " needs a value";
                }
            }
            return arguments(where, List.of());
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return "option " + ((OptionSpec) overwritten.getOverwritten()).longestName() + " of " + command
                    + " is given twice";
        }
        return firstLine(e.getMessage());
    }

    private static String optionList(CommandLine command) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : command.getCommandSpec().options()) {
            if (!o.usageHelp() && !o.versionHelp()) {
                names.add(o.longestName());
            }
        }
        return names.isEmpty() ? "" : ": its options are " + String.join(", ", names);
    }

    /** The sentence for too few or too many arguments: each command says what it takes. */
    private static String arguments(CommandLine where, List<String> extra) {
        return switch (where.getCommandName()) {
            case "render" -> "render takes one SOP, such as 'tertib render v4 --format html'";
            case "simulate" -> "simulate takes the SOP to simulate, such as 'tertib simulate v4'";
            case "report" -> "report takes one SOP, such as 'tertib report v4 --log case.log'";
            case "list" -> "list takes 0 arguments, got " + extra.size() + ": " + String.join(" ", extra);
            default -> extra.isEmpty()
                    ? where.getCommandName() + " takes 1 argument, got 0"
                    : where.getCommandName() + " takes 1 argument, got " + (1 + extra.size()) + "; extra: "
                            + String.join(" ", extra);
        };
    }

    /** The version from the jar's build, {@code tertib 0.1.0}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = Cli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"tertib " + p.getProperty("version", "(development build)")};
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "The built-in SOPs: id, number, name and office.")
    final class ListCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            for (Catalog.Entry e : Catalog.entries()) {
                SopDefinition d = e.definition().get();
                out.println(String.format("%-6s %-8s %s", e.id(), d.number(), d.name()));
                out.println(String.format("%-6s %-8s %s", "", "", e.office()));
            }
            return OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "The identity and step table of an SOP, within 100 columns.")
    final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<sop>", description = "a built-in id or an SOP's text file")
        String sop;

        @Override
        public Integer call() {
            out.print(SopRenderer.standard().plainText(load(sop)));
            return OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Runs the definition checks (for a text file, every diagnostic of the reader, by line).")
    final class Check implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<sop>", description = "a built-in id or an SOP's text file")
        String sop;

        @Override
        public Integer call() {
            if (Catalog.find(sop).isEmpty()) {
                return checkText(sop);
            }
            SopDefinition d;
            try {
                d = load(sop);
            } catch (InvalidSopException e) {
                out.println("SOP " + sop + ": " + e.problems().size() + " problem(s)");
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
            String text = Files.read(existing(file));
            SopTextResult r = SopText.read(text);
            // a file as 'tertib render --format text' wrote it holds HTML on purpose (lists, signatory):
            // the reader's notes that it converted that HTML tell the user nothing
            boolean written = r.definition().isPresent() && SopText.format(r.definition().get()).equals(text);
            for (Diagnostic d : r.diagnostics()) {
                if (!(written && d.code() == DiagnosticCode.HTML_CONVERTED)) {
                    out.println(file + ":" + d);
                }
            }
            long errors = r.errors().size();
            long warnings = r.diagnostics(Diagnostic.Severity.WARNING).size();
            out.println(file + ": " + (r.definition().isPresent() ? "valid SOP " + r.definition().get().number() : "no SOP")
                    + ", " + errors + " error(s), " + warnings + " warning(s)");
            return errors == 0 ? OK : FAILED;
        }
    }

    @Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "The official document, the flowchart, or the text form of an SOP.")
    final class Render implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<sop>", description = "a built-in id or an SOP's text file")
        String sop;

        @Option(names = "--format", paramLabel = "FORMAT", description = "html, svg, mermaid, markdown or text")
        String format;

        @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
        String file;

        @Option(names = "--logo", paramLabel = "FILE",
                description = "the office's emblem (SVG or PNG) on the HTML document, instead of the neutral shield")
        String logo;

        @Override
        public Integer call() {
            if (format == null) {
                throw new UsageException("render needs --format html, svg, mermaid, markdown or text");
            }
            if (logo != null && !format.equalsIgnoreCase("html")) {
                throw new UsageException("--logo puts the emblem on the HTML document: use it with --format html");
            }
            SopRenderer renderer = SopRenderer.standard();
            if (logo != null) {
                try {
                    renderer = renderer.withEmblem(Emblem.of(Files.bytes(logo)));
                } catch (IllegalArgumentException e) {
                    throw new TertibException(logo + ": " + e.getMessage());
                }
            }
            SopDefinition d = load(sop);
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
                text = f == RenderFormat.HTML ? renderer.html(d) : renderer.render(d, f);
            }
            if (file != null) {
                Files.write(file, text);
                out.println("Wrote " + file);
            } else {
                out.print(text);
            }
            return OK;
        }
    }

    @Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Runs a scripted case of V.4 and prints its events and its compliance.")
    final class Simulate implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "v4", description = "the SOP to simulate: v4")
        String sop;

        @Option(names = "--log", paramLabel = "FILE", description = "write the event log in its text form to FILE")
        String log;

        @Mixin
        TimeOptions time;

        @Override
        public Integer call() {
            if (!sop.equals("v4")) {
                throw new UsageException("simulate has a scripted case for v4 only, not \"" + sop + "\"");
            }
            WorkCalendar calendar = time.asn(JAKARTA);
            Scenario scenario = Examples.v4();
            SopInstance run = scenario.run();
            if (log != null) {
                Files.write(log, EventLog.format(run.events()));
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
            out.println("Status: " + run.status() + run.closedAt().map(t -> " at " + Times.show(t, JAKARTA)).orElse(""));
            out.println();
            ComplianceReport report = ComplianceReport.of(run, calendar, run.closedAt().orElseThrow());
            out.println("Compliance on the ASN calendar (Asia/Jakarta, Indonesian holidays), " + report.policy() + ":");
            out.print(report.toTable());
            if (log != null) {
                out.println("Event log written to " + log);
            }
            return OK;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "One case's compliance table from its event log, as of its close by default.")
    final class Report implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<sop>", description = "a built-in id or an SOP's text file")
        String sop;

        @Option(names = "--log", paramLabel = "FILE",
                description = "the case's event log, as 'tertib simulate v4 --log FILE' writes it")
        String log;

        @Option(names = "--calendar", paramLabel = "asn|continuous",
                description = "asn: the ASN week with Indonesian holidays (the default); continuous: the wall clock")
        String calendar;

        @Option(names = "--zone", paramLabel = "ZONE", description = "a region such as Asia/Makassar (default Asia/Jakarta)")
        String zone;

        @Option(names = "--as-of", paramLabel = "DATE-TIME",
                description = "when to measure: 2026-03-12T14:00+07:00, or 2026-03-12T14:00 on the calendar's clock;"
                        + " default: the case's close, or now for an open case")
        String asOf;

        @Mixin
        TimeOptions time;

        @Override
        public Integer call() {
            SopDefinition d = load(sop);
            if (log == null) {
                throw new UsageException("report needs --log FILE: the case's event log, as 'tertib simulate v4"
                        + " --log FILE' writes it");
            }
            ZoneId z;
            try {
                z = ZoneId.of(zone == null ? "Asia/Jakarta" : zone);
            } catch (DateTimeException e) {
                throw new UsageException("--zone " + zone + " is not a time zone: use a region"
                        + " such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura");
            }
            String kind = calendar == null ? "asn" : calendar;
            if (!kind.equals("asn") && !kind.equals("continuous")) {
                throw new UsageException("--calendar " + kind + " is not a calendar: use asn or continuous");
            }
            Optional<Instant> given = Optional.ofNullable(asOf).map(text -> Times.parse(text, z));
            WorkCalendar asn = kind.equals("asn") ? time.asn(z) : WorkCalendar.continuous(z);
            SopInstance run;
            try {
                run = SopInstance.replay(d, EventLog.parse(Files.read(log)));
            } catch (InvalidEventLogException e) {
                if (e.rejection().isEmpty()) {
                    throw e;
                }
                // an event the rules refuse: say why as the command would have, on the office's clock
                int n = e.index() + 1;
                err.println("tertib: " + say("peristiwa ke-" + n + " dalam " + log + " ditolak: ",
                        "event " + n + " of " + log + " is refused: ") + e.rejection().get().message(locale, z));
                return FAILED;
            }
            Instant at;
            if (given.isPresent()) {
                at = given.get();
            } else if (run.closedAt().isPresent()) {
                at = run.closedAt().get();
            } else {
                at = clock.instant();
                err.println("tertib: " + say("kasus " + run.id() + " masih terbuka; diukur sampai sekarang, "
                        + Times.show(at, z) + " (pilih saat lain dengan --as-of)", "case " + run.id()
                        + " is open; measuring as of now, " + Times.show(at, z) + " (choose another time with --as-of)"));
            }
            ComplianceReport report = kind.equals("asn")
                    ? ComplianceReport.of(run, asn, at)
                    // on the wall clock a day is 24 hours, so standards are read as calendar time too
                    : ComplianceReport.of(run, WorkCalendar.continuous(z), TimePolicy.calendarTime(), at);
            String table = report.toTable(locale);
            out.println(say("Kasus " + run.id() + " dari SOP " + d.number() + ", " + run.status() + ", per "
                    + Times.show(at, z) + ", kalender " + kind + " di " + z + ", " + report.policy() + ":",
                    "Case " + run.id() + " of SOP " + d.number() + ", " + run.status() + ", as of " + Times.show(at, z)
                    + ", " + kind + " calendar in " + z + ", " + report.policy() + ":"));
            out.print(table);
            return OK;
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
        // a path that exists (a directory, a device) gets its own sentence from Files.read
        if (!Files.exists(sop)) {
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
