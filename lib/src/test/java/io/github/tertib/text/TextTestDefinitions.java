package io.github.tertib.text;

import io.github.tertib.sop.Nip;
import io.github.tertib.sop.Rank;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Signatory;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopBuilder;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.StepKind;
import io.github.tertib.sop.TimeStandard;
import io.github.tertib.testkit.Choices;
import io.github.tertib.testkit.Generator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * TEMPORARY: a generator of valid definitions for the text form's round-trip property, until
 * {@code io.github.tertib.testkit.SopGenerators.validDefinitions()} lands on main; then the properties
 * switch to it and this class goes.
 *
 * <p>It leans on what is hard for the text form: values full of the characters and words the reader
 * treats as structure (tabs, line breaks, HTML, entities, list markers, symbol words, annotations,
 * "NIP", ranks), step numbers with gaps, decisions looping back or leaving to an extra END, a process
 * jumping over a row ("Lanjut"), labels that disagree with their step's kind, an END without a part,
 * role ids that are not the slug of their title, and organisation levels without a level word.
 */
public final class TextTestDefinitions {

    private TextTestDefinitions() {
    }

    private static final List<String> WORDS = List.of("Menyusun", "laporan", "kegiatan", "Kepala", "Dinas", "berkas",
            "Ya:", "Tidak: 3", "Ya: 2; Tidak: 1", "[x]", "[Dapat ditunda]", "<p>", "</p>", "<br>", "<li>", "&amp;",
            "&#10;", "&lt;", "**", "*", "1.", "2.", "1. a 2. b", "-", "End", "Selesai", "Start", "Mulai", "?", "NIP.",
            "NIP", "Pembina", "Tk", "I", "IV/b", "ttd", "\t", "\n", "\r\n", "  ", "\u00a0", "\u2003", "\u0001", "é",
            "\u0130stanbul", "Seksi", "SOP", "Dasar Hukum:", "Peringatan", "Nomor SOP", "NO", "KEGIATAN", "Proses",
            "Jika", "ditunda", "dapat menunggu", ";", "|", "`", "#", "Lanjut: 2", "Simbol: proses", "Waktu",
            "Keterangan", "Pelaksana", "x", "\"q\"", "PEMERINTAH", "BIDANG", "(IV/a)", "\ud83d\ude00", "&", "<", ">",
            "15 Menit", "tidak ada");

    private static String text(Choices c, int min, int max) {
        int n = c.chooseInt(min, max);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0 && c.chance(85)) {
                b.append(' ');
            }
            b.append(WORDS.get(c.chooseInt(0, WORDS.size() - 1)));
        }
        String s = b.toString().strip();
        return s.isEmpty() ? "x" : s;
    }

    private static String plain(Choices c) {
        return c.chance(50) ? List.of("Menerima berkas", "Memeriksa kelengkapan", "Menandatangani surat",
                "Mengarsipkan dokumen").get(c.chooseInt(0, 3)) : text(c, 1, 6);
    }

    private static List<String> items(Choices c, int max) {
        int n = c.chooseInt(0, max);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(text(c, 1, 4));
        }
        return out;
    }

    private static final List<String> TITLES = List.of("Pelaksana", "Kepala Seksi", "Kepala Bidang", "Kepala Dinas",
            "Pelaksanaan", "Staf", "Sekretaris", "Waktu", "Kepala Seksi", "Ket");

    private enum Shape {
        START, PROCESS, DECISION, END, JUMP
    }

    /** A row before numbering: its shape, and for decisions and jumps, row indexes of its targets. */
    private static final class RowSpec {
        final Shape shape;
        int yes = -1;
        int no = -1;
        int next = -1;

        RowSpec(Shape shape) {
            this.shape = shape;
        }
    }

    /** Valid definitions (built, so every check passed), without custom guards. */
    public static Generator<SopDefinition> validDefinitions() {
        return TextTestDefinitions::generate;
    }

    private static SopDefinition generate(Choices c) {
        // roles
        int roleCount = c.chooseInt(1, 5);
        List<Role> roles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < roleCount; i++) {
            String title = c.chance(75) ? TITLES.get(c.chooseInt(0, TITLES.size() - 1)) : text(c, 1, 3);
            String id = c.chance(60) ? simpleSlug(title) : "r" + i;
            while (!ids.add(id)) {
                id = id + "-" + i;
            }
            roles.add(Role.of(id, title));
        }
        // rows: the chain START, middle rows, END; decisions may insert an exit END or a jump
        List<RowSpec> rows = new ArrayList<>();
        rows.add(new RowSpec(Shape.START));
        List<Integer> chain = new ArrayList<>(List.of(0));
        int middle = c.chooseInt(0, 6);
        for (int i = 0; i < middle; i++) {
            if (c.chance(40)) {
                RowSpec d = new RowSpec(Shape.DECISION);
                rows.add(d);
                int di = rows.size() - 1;
                chain.add(di);
                int variant = c.chooseInt(0, 4);
                if (variant == 3) {
                    rows.add(new RowSpec(Shape.END));
                    d.yes = -2; // chain next, filled below
                    d.no = rows.size() - 1;
                } else if (variant == 4) {
                    RowSpec jump = new RowSpec(Shape.JUMP);
                    rows.add(jump);
                    rows.add(new RowSpec(Shape.END));
                    d.yes = rows.size() - 2;
                    d.no = rows.size() - 1;
                    jump.next = -2;
                } else {
                    d.yes = -2;
                    d.no = chain.get(c.chooseInt(0, chain.size() - 1)); // back up the chain, or itself
                }
                if (c.chance(50) && variant != 4) {
                    int t = d.yes;
                    d.yes = d.no;
                    d.no = t;
                }
            } else {
                rows.add(new RowSpec(Shape.PROCESS));
                chain.add(rows.size() - 1);
            }
        }
        rows.add(new RowSpec(Shape.END));
        chain.add(rows.size() - 1);
        // "-2" means the next row of the chain
        for (int i = 0; i < rows.size(); i++) {
            RowSpec r = rows.get(i);
            int after = nextInChain(chain, i, rows);
            if (r.yes == -2) {
                r.yes = after;
            }
            if (r.no == -2) {
                r.no = after;
            }
            if (r.next == -2) {
                r.next = nextInChain(chain, i - 1, rows);
            }
        }
        // numbers with gaps
        int[] numbers = new int[rows.size()];
        int n = 0;
        for (int i = 0; i < rows.size(); i++) {
            n += c.chooseInt(1, 3);
            numbers[i] = n;
        }
        SopBuilder b = Sop.define(text(c, 1, 3), text(c, 1, 6)).identity(id -> {
            id.organization(level(c, "PEMERINTAH"), level(c, "DINAS"), level(c, "BIDANG"), level(c, "SEKSI"));
            if (c.chance(60)) {
                id.created(date(c));
            }
            if (c.chance(40)) {
                id.revised(date(c));
            }
            if (c.chance(60)) {
                id.effective(date(c));
            }
            if (c.chance(70)) {
                id.approvedBy(c.chance(50) ? Signatory.of(text(c, 1, 5), text(c, 1, 3))
                        : Signatory.of(text(c, 1, 5), text(c, 1, 3), Rank.values()[c.chooseInt(0, Rank.values().length - 1)],
                        nip(c)));
            }
            id.legalBasis(items(c, 3).toArray(String[]::new)).related(items(c, 2).toArray(String[]::new))
                    .qualification(items(c, 3).toArray(String[]::new)).equipment(items(c, 3).toArray(String[]::new))
                    .records(items(c, 2).toArray(String[]::new));
            if (c.chance(60)) {
                id.warning(text(c, 1, 8));
            }
        });
        b.roles(roles.toArray(Role[]::new));
        List<Role> cancel = new ArrayList<>();
        for (Role r : roles) {
            if (c.chance(30)) {
                cancel.add(r);
            }
        }
        b.cancelledBy(cancel.toArray(Role[]::new));
        // parts first, so that every declared role gets one (unused roles join the START step)
        List<List<Role>> partsOfRow = new ArrayList<>();
        Set<Role> used = new LinkedHashSet<>();
        for (RowSpec r : rows) {
            List<Role> parts = new ArrayList<>();
            if (r.shape == Shape.DECISION) {
                parts.add(roles.get(c.chooseInt(0, roles.size() - 1)));
            } else if (r.shape == Shape.END) {
                if (c.chance(70)) {
                    parts.add(roles.get(c.chooseInt(0, roles.size() - 1)));
                }
            } else {
                int k = c.chooseInt(1, Math.min(3, roles.size()));
                List<Role> pool = new ArrayList<>(roles);
                for (int j = 0; j < k; j++) {
                    parts.add(pool.remove(c.chooseInt(0, pool.size() - 1)));
                }
            }
            used.addAll(parts);
            partsOfRow.add(parts);
        }
        for (Role role : roles) {
            if (!used.contains(role)) {
                partsOfRow.get(0).add(role);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            RowSpec r = rows.get(i);
            int number = numbers[i];
            String activity = plain(c);
            switch (r.shape) {
                case START:
                    b.start(number, activity);
                    break;
                case DECISION:
                    b.decision(number, activity);
                    break;
                case END:
                    b.end(number, activity);
                    break;
                default:
                    b.process(number, activity);
                    break;
            }
            List<Role> parts = partsOfRow.get(i);
            for (Role role : parts) {
                b.by(role, label(c, r.shape));
            }
            if (r.shape != Shape.END) {
                if (c.chance(85)) {
                    b.takes(time(c));
                }
                b.requires(items(c, 2).toArray(String[]::new)).produces(items(c, 2).toArray(String[]::new));
                if (c.chance(25)) {
                    b.pausable();
                }
                if (c.chance(15)) {
                    b.definitiveOnly();
                }
                if (c.chance(15)) {
                    b.separateActors();
                }
            }
            if (c.chance(50)) {
                b.note(c.chance(30) ? "Apabila belum jelas, dapat menunggu" : text(c, 1, 8));
            }
            if (r.shape == Shape.DECISION) {
                b.ifYes(numbers[r.yes]).ifNo(numbers[r.no]);
            } else if (r.shape == Shape.JUMP) {
                b.next(numbers[r.next]);
            } else if (r.shape != Shape.END && c.chance(10)) {
                b.next(numbers[i + 1]); // the default, written out
            }
        }
        return b.build();
    }

    private static int nextInChain(List<Integer> chain, int row, List<RowSpec> rows) {
        for (int i : chain) {
            if (i > row) {
                return i;
            }
        }
        return rows.size() - 1;
    }

    private static String label(Choices c, Shape shape) {
        List<String> usual;
        switch (shape) {
            case START:
                usual = List.of("Start", "Mulai", "Proses");
                break;
            case DECISION:
                usual = List.of("Jika", "Apakah", "?", "Ya/Tidak", "Proses");
                break;
            case END:
                usual = List.of("Selesai", "End", "Stop", "Proses");
                break;
            default:
                usual = List.of("Proses", "Dokumentasi", "Pelaporan", "Jika", "Selesai");
                break;
        }
        return c.chance(80) ? usual.get(c.chooseInt(0, usual.size() - 1)) : text(c, 1, 2);
    }

    private static TimeStandard time(Choices c) {
        switch (c.chooseInt(0, 5)) {
            case 0:
                return TimeStandard.parse("15 Menit");
            case 1:
                return TimeStandard.parse("1 jam");
            case 2:
                return TimeStandard.parse("15 s/d 30 mnt");
            case 3:
                return TimeStandard.range(c.chooseInt(0, 10), c.chooseInt(11, 100), TimeStandard.Unit.HOURS);
            default:
                return TimeStandard.of(c.chooseInt(1, 10_000),
                        TimeStandard.Unit.values()[c.chooseInt(0, TimeStandard.Unit.values().length - 1)]);
        }
    }

    private static String level(Choices c, String word) {
        switch (c.chooseInt(0, 3)) {
            case 0:
                return "";
            case 1:
                return word + " " + text(c, 1, 3);
            default:
                return c.chance(50) ? word + " KOTA PALANGKA RAYA" : text(c, 1, 3);
        }
    }

    private static LocalDate date(Choices c) {
        return c.chance(90) ? LocalDate.of(c.chooseInt(1990, 2030), c.chooseInt(1, 12), c.chooseInt(1, 28))
                : LocalDate.of(c.chooseInt(-50, 12_000), c.chooseInt(1, 12), c.chooseInt(1, 28));
    }

    private static Nip nip(Choices c) {
        int year = c.chooseInt(1950, 1999);
        String digits = String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%d%03d", year, c.chooseInt(1, 12),
                c.chooseInt(1, 28), year + c.chooseInt(19, 30), c.chooseInt(1, 12), c.chooseInt(1, 2), c.chooseInt(1, 999));
        return Nip.parse(digits);
    }

    private static String simpleSlug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "peran" : s;
    }
}
