package io.github.tertib.text;

import static io.github.tertib.text.DiagnosticCode.NIP_INVALID;
import static io.github.tertib.text.DiagnosticCode.RANK_UNREADABLE;
import static io.github.tertib.text.DiagnosticCode.SIGNATORY_INCOMPLETE;
import static io.github.tertib.text.DiagnosticCode.SIGNATORY_SPLIT;
import static io.github.tertib.text.Diagnostics.clip;

import io.github.tertib.TertibParseException;
import io.github.tertib.sop.Nip;
import io.github.tertib.sop.Rank;
import io.github.tertib.sop.Signatory;
import io.github.tertib.text.Diagnostic.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the approving official of the text form's Disahkan oleh value (post, name, rank and NIP), and
 * tells the writer which paragraphs the reader would take for a rank, a NIP or a signature mark.
 */
final class Signatories {

    private Signatories() {
    }

    private static final Pattern NIP_BLOCK = Pattern.compile("(?i)^NIP(?![\\p{L}])\\s*\\.?\\s*:?\\s*(.*)$");

    private static final Pattern NIP_INLINE = Pattern.compile("(?i)(?<![\\p{L}])NIP(?![\\p{L}])\\s*\\.?\\s*:?\\s*(\\S.*)$");

    private static final Pattern SIGNATURE_MARK = Pattern.compile(
            "(?i)^\\(?\\s*(ttd|dto|cap|ttd\\s*/\\s*cap|ttd\\s+dan\\s+cap|ttd\\s*&\\s*cap)\\s*\\.?\\s*\\)?$");

    /** How a raw block of the Disahkan oleh value is read. */
    static boolean isNipBlock(String raw) {
        return NIP_BLOCK.matcher(raw).matches();
    }

    static boolean isSignatureMark(String raw) {
        return SIGNATURE_MARK.matcher(raw).matches();
    }

    private static final Pattern RANK_LIKE = Pattern.compile(
            "(?i)^((juru|pengatur|penata|pembina)(?![\\p{L}])|(IV|III|II|I)\\s*/\\s*[a-e](?![\\p{L}]))");

    /** Whether a raw block is written like a rank (a pangkat word first, or a golongan such as IV/b). */
    static boolean looksLikeRank(String raw) {
        return RANK_LIKE.matcher(raw).find();
    }

    static Optional<Rank> rank(String raw) {
        try {
            return Optional.of(Rank.parse(raw));
        } catch (TertibParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The most words a written rank can have that are not mere punctuation: a pangkat of at most four
     * words ("Juru Muda Tingkat I") and a golongan of at most three ("IV / b").
     */
    private static final int RANK_WORDS = 7;

    /**
     * Finds the longest suffix of a name's words that reads as a rank: the index of its first word, at
     * least 1 so that a name is left, or 0 if there is none. Only suffixes of at most {@link #RANK_WORDS}
     * words other than "(", ")" and "," can be a rank, and such a word at a suffix's start reads as the
     * suffix after it; so {@link Rank#parse} is tried a bounded number of times, not once per word
     * (which made a long name quadratic).
     */
    static int rankSuffix(String[] tokens) {
        int words = 0;
        int from = tokens.length;
        while (from > 1 && words < RANK_WORDS) {
            from--;
            if (!isPunctuation(tokens[from])) {
                words++;
            }
        }
        while (from > 1 && isPunctuation(tokens[from - 1])) {
            from--;
        }
        // a suffix starting before from has more than RANK_WORDS words: no rank
        int found = 0;
        Optional<Rank> after = Optional.empty();
        for (int i = tokens.length - 1; i >= from; i--) {
            if (!isPunctuation(tokens[i])) {
                after = rank(String.join(" ", Arrays.copyOfRange(tokens, i, tokens.length)));
            }
            if (after.isPresent()) {
                found = i;
            }
        }
        return found;
    }

    private static boolean isPunctuation(String token) {
        return token.chars().allMatch(c -> c == '(' || c == ')' || c == ',');
    }

    /**
     * Reads the approving official from the Disahkan oleh value: its first paragraph is the post; the
     * last other paragraph that is not a rank, a NIP or a signature mark ("ttd") is the name, those
     * before it continue the post. A rank and a NIP written on the name's line (as in SOP V.4) are split
     * off it.
     */
    static Optional<Signatory> signatory(String raw, int line, int column, Diagnostics out) {
        List<String> blocks = Markup.rawBlocks(raw);
        if (blocks.isEmpty() || blocks.size() == 1 && blocks.get(0).equals("-")) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        texts.add(blocks.get(0));
        Rank rank = null;
        String nipText = null;
        String badRank = null;
        for (int i = 1; i < blocks.size(); i++) {
            String b = blocks.get(i);
            Matcher nip = NIP_BLOCK.matcher(b);
            Optional<Rank> r = rank(b);
            if (nip.matches()) {
                nipText = nip.group(1);
            } else if (isSignatureMark(b)) {
                continue;
            } else if (r.isPresent() && rank == null) {
                rank = r.get();
            } else if (r.isEmpty() && i > 1 && looksLikeRank(b) && badRank == null) {
                badRank = b;
                try {
                    Rank.parse(Markup.decode(b));
                } catch (TertibParseException e) {
                    out.add(Severity.WARNING, RANK_UNREADABLE, line, column, "Disahkan oleh: " + e.getMessage()
                            + "; the official is kept without rank and NIP");
                }
            } else {
                texts.add(b);
            }
        }
        if (texts.size() < 2) {
            out.add(Severity.WARNING, SIGNATORY_INCOMPLETE, line, column, "Disahkan oleh gives the post \""
                    + clip(Markup.decode(texts.get(0))) + "\" but no name: the approving official is left out; write"
                    + " the post and the name as separate paragraphs, \"<p>post</p><p>name</p>\"");
            return Optional.empty();
        }
        String name = texts.get(texts.size() - 1);
        String post = String.join(" ", texts.subList(0, texts.size() - 1));
        boolean split = false;
        Matcher inline = NIP_INLINE.matcher(name);
        if (nipText == null && inline.find()) {
            nipText = inline.group(1);
            name = name.substring(0, inline.start()).strip();
            split = true;
        }
        if (rank == null && nipText != null) {
            String[] tokens = name.split(" ");
            int at = rankSuffix(tokens);
            if (at > 0) {
                rank = rank(String.join(" ", Arrays.copyOfRange(tokens, at, tokens.length))).orElseThrow();
                name = String.join(" ", Arrays.copyOfRange(tokens, 0, at));
                split = true;
            }
        }
        post = Markup.decode(post).strip();
        name = Markup.decode(name).strip();
        if (name.isEmpty() || post.isEmpty()) {
            out.add(Severity.WARNING, SIGNATORY_INCOMPLETE, line, column, "Disahkan oleh has no name before its"
                    + " rank and NIP: the approving official is left out; write the name on its own line");
            return Optional.empty();
        }
        if (split) {
            out.add(Severity.INFO, SIGNATORY_SPLIT, line, column, "Disahkan oleh writes name, rank and NIP on one"
                    + " line: read as the name \"" + clip(name) + "\"" + (rank == null ? "" : ", the rank "
                    + rank.pangkat() + " (" + rank.golongan() + ")") + " and the NIP \"" + Markup.decode(nipText) + "\"");
        }
        if (badRank != null) {
            return Optional.of(Signatory.of(post, name));
        }
        if (nipText == null) {
            if (rank != null) {
                out.add(Severity.WARNING, SIGNATORY_INCOMPLETE, line, column, "Disahkan oleh gives the rank "
                        + rank.pangkat() + " but no NIP: Tertib keeps rank and NIP together, so only the post and the"
                        + " name are kept; add the line \"NIP. ...\"");
            }
            return Optional.of(Signatory.of(post, name));
        }
        String nipDecoded = Markup.decode(nipText).strip();
        Nip nip;
        try {
            nip = Nip.parse(nipDecoded);
        } catch (TertibParseException e) {
            out.add(Severity.WARNING, NIP_INVALID, line, column, "Disahkan oleh: " + e.getMessage() + "; the"
                    + " official is kept with post and name only (the NIP as written is \"" + clip(nipDecoded)
                    + "\"); correct the NIP to keep it");
            return Optional.of(Signatory.of(post, name));
        }
        if (rank == null) {
            out.add(Severity.WARNING, SIGNATORY_INCOMPLETE, line, column, "Disahkan oleh gives the NIP " + nip
                    + " but no rank Tertib can read: only the post and the name are kept; write the pangkat, such as"
                    + " \"Pembina Tingkat I\", on its own line");
            return Optional.of(Signatory.of(post, name));
        }
        return Optional.of(Signatory.of(post, name, rank, nip));
    }
}
