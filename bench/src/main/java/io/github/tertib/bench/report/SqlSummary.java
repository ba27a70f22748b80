package io.github.tertib.bench.report;

import io.github.tertib.bench.db.CountingDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a list of SQL statements does in a few words: each statement as its verb and table
 * ({@code select act_ru_task}), repeats in a row folded ({@code insert act_hi_actinst × 2}).
 */
final class SqlSummary {

    private SqlSummary() {
    }

    private record Verb(String name, Pattern pattern) {
    }

    private static final List<Verb> VERBS = List.of(
            new Verb("select", Pattern.compile("(?is)^\\s*(?:with\\b.*?\\)\\s*)?select\\b.*?\\bfrom\\s+([\\w.\"]+)")),
            new Verb("insert", Pattern.compile("(?is)^\\s*insert\\s+into\\s+([\\w.\"]+)")),
            new Verb("update", Pattern.compile("(?is)^\\s*update\\s+([\\w.\"]+)")),
            new Verb("delete", Pattern.compile("(?is)^\\s*delete\\s+from\\s+([\\w.\"]+)")),
            new Verb("merge", Pattern.compile("(?is)^\\s*merge\\s+into\\s+([\\w.\"]+)")));
    private static final Pattern BATCH = Pattern.compile("(?s)^-- batch of (\\d+): (.*)$");

    /** The statements, summarised; "none" for an empty list. */
    static String of(List<String> statements) {
        if (statements.isEmpty()) {
            return "none";
        }
        return statements.size() + " statements: " + fold(statements);
    }

    /** Each statement as its verb and table, repeats in a row folded. */
    private static String fold(List<String> statements) {
        List<String> words = new ArrayList<>();
        for (String sql : statements) {
            words.add(one(sql));
        }
        List<String> folded = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j < words.size() && words.get(j).equals(words.get(i))) {
                j++;
            }
            folded.add(j - i == 1 ? words.get(i) : words.get(i) + " × " + (j - i));
            i = j;
        }
        return String.join(", ", folded);
    }

    /** One statement as its verb and table. */
    static String one(String sql) {
        Matcher batch = BATCH.matcher(sql);
        if (batch.matches()) {
            return "batch of " + batch.group(1) + " ("
                    + fold(List.of(batch.group(2).split(Pattern.quote(CountingDataSource.BATCH_SEPARATOR)))) + ")";
        }
        for (Verb verb : VERBS) {
            Matcher matcher = verb.pattern().matcher(sql);
            if (matcher.find()) {
                return verb.name() + " " + matcher.group(1).replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        String first = sql.strip().split("\\s+", 2)[0];
        return first.toLowerCase(Locale.ROOT);
    }
}
