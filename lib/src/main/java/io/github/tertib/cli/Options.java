package io.github.tertib.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A command's arguments: positional ones and {@code --name value} options from a known set. */
record Options(List<String> positional, Map<String, String> values) {

    static Options parse(String command, List<String> args, List<String> known) {
        List<String> positional = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                if (!known.contains(a)) {
                    throw new Cli.UsageException(command + " has no option " + a
                            + (known.isEmpty() ? "" : ": its options are " + String.join(", ", known)));
                }
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new Cli.UsageException("option " + a + " of " + command + " needs a value");
                }
                if (values.put(a, args.get(++i)) != null) {
                    throw new Cli.UsageException("option " + a + " of " + command + " is given twice");
                }
            } else {
                positional.add(a);
            }
        }
        return new Options(List.copyOf(positional), Map.copyOf(values));
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
