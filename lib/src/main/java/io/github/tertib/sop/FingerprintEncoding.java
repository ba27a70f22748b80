package io.github.tertib.sop;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The canonical, versioned byte encoding of a definition that its {@link Fingerprint} is the SHA-256
 * of (docs/store.md, "Revisions", documents it). Everything {@link SopDefinition#equals(Object)}
 * compares is written, in a fixed order, with explicit words for enum constants so that renaming a
 * constant in Java cannot change a fingerprint. A change to this encoding is a new version line.
 */
final class FingerprintEncoding {

    /** The first bytes of every encoding: its name and version. */
    static final String VERSION = "tertib-sop-fingerprint 1";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(2048);

    private FingerprintEncoding() {
    }

    static byte[] sha256(SopDefinition d) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(encode(d));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static byte[] encode(SopDefinition d) {
        FingerprintEncoding e = new FingerprintEncoding();
        e.str(VERSION);
        e.identity(d.identity());
        e.roles(d.roles());
        e.roles(d.cancelRoles());
        e.count(d.steps().size());
        for (Step s : d.steps()) {
            e.step(s);
        }
        return e.out.toByteArray();
    }

    private void identity(Identity i) {
        str(i.government());
        str(i.agency());
        str(i.division());
        str(i.section());
        str(i.number());
        str(i.name());
        date(i.created());
        date(i.revised());
        date(i.effective());
        Optional<Signatory> s = i.approvedBy();
        flag(s.isPresent());
        if (s.isPresent()) {
            str(s.get().post());
            str(s.get().name());
            flag(s.get().rank().isPresent());
            s.get().rank().ifPresent(r -> str(r.golongan()));
            flag(s.get().nip().isPresent());
            s.get().nip().ifPresent(n -> str(n.digits()));
        }
        strings(i.legalBases());
        strings(i.related());
        str(i.warning());
        strings(i.qualifications());
        strings(i.equipment());
        strings(i.records());
    }

    private void roles(List<Role> roles) {
        count(roles.size());
        for (Role r : roles) {
            str(r.id());
            str(r.title());
        }
    }

    private void step(Step s) {
        count(s.number());
        str(switch (s.kind()) {
            case START -> "start";
            case PROCESS -> "process";
            case DECISION -> "decision";
            case END -> "end";
        });
        str(s.activity());
        count(s.parts().size());
        for (Assignment a : s.parts()) {
            str(a.role().id());
            str(a.role().title());
            str(a.label());
        }
        strings(s.standard().requirements());
        Optional<TimeStandard> t = s.time();
        flag(t.isPresent());
        if (t.isPresent()) {
            count(t.get().amount());
            count(t.get().maxAmount());
            str(unit(t.get().unit()));
            str(t.get().text());
        }
        strings(s.standard().outputs());
        str(s.note().orElse(""));
        flag(s.isPausable());
        flag(s.isDefinitiveOnly());
        flag(s.requiresSeparateActors());
        count(s.guards().size());
        for (Guard g : s.guards()) {
            // A guard's condition is code: its description is what identifies it (Guard#equals).
            str(g.description());
        }
        target(s.next());
        target(s.ifYes());
        target(s.ifNo());
    }

    private static String unit(TimeStandard.Unit u) {
        return switch (u) {
            case MINUTES -> "minutes";
            case HOURS -> "hours";
            case DAYS -> "days";
            case WORKING_DAYS -> "working-days";
            case WEEKS -> "weeks";
            case MONTHS -> "months";
        };
    }

    private void target(OptionalInt t) {
        flag(t.isPresent());
        if (t.isPresent()) {
            count(t.getAsInt());
        }
    }

    private void date(Optional<LocalDate> d) {
        flag(d.isPresent());
        d.ifPresent(x -> str(x.toString()));
    }

    private void strings(List<String> items) {
        count(items.size());
        for (String s : items) {
            str(s);
        }
    }

    private void flag(boolean b) {
        out.write(b ? 1 : 0);
    }

    /** An integer as an unsigned LEB128 varint of its 64 bits (step numbers and amounts are never negative). */
    private void count(long v) {
        long x = v;
        while ((x & ~0x7fL) != 0) {
            out.write((int) ((x & 0x7f) | 0x80));
            x >>>= 7;
        }
        out.write((int) x);
    }

    private void str(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        count(b.length);
        out.write(b, 0, b.length);
    }
}
