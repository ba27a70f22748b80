package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Answer;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_BIDANG;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.run.V4.SOP;
import static io.github.tertib.run.V4.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The digests match a plain implementation of docs/event-log.md ("Digests") written here from the
 * page, whatever the text: ASCII, Latin-1, other scripts, surrogate pairs, and lengths around the
 * one-byte varint limit (127, 128) and beyond.
 */
class DigestEncodingTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 12, 126, 127, 128, 129, 300})
    void digests_follow_the_documented_encoding_for_ascii_text_of_any_length(int length) {
        check("x".repeat(length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sári Déwi", "\u00ff", "Kepala \u4e2d", "emoji \ud83d\ude00", "ASCII then \u0141",
        "\u0080", "\u007f"})
    void digests_follow_the_documented_encoding_for_any_text(String text) {
        check(text);
        check(text.repeat(60));
    }

    private static void check(String text) {
        Actor kasi = Actor.of("kasi-" + text, "Budi " + text, KEPALA_SEKSI);
        Actor kabid = Actor.of("kabid-1", text, KEPALA_BIDANG);
        Actor kadin = Actor.of("kadin-1", "Murni", KEPALA_DINAS);
        SopInstance run = SopInstance.start(SOP, "2026/" + text, kasi, t(0), "mulai " + text)
                .complete(1, kasi, t(1), text)
                .complete(2, kabid, t(2))
                .complete(2, kadin, t(3))
                .suspend(kasi, t(4), "menunggu " + text)
                .resume(kasi, t(5))
                .decide(3, Answer.NO, kasi, t(6), text);
        requireDocumentedDigests(run);
        // a Plt. and a Plh. at step 2, then a cancellation
        Actor plt = Actor.of("staf-" + text, text, io.github.tertib.catalog.PalangkaRaya.PELAKSANA)
                .acting(KEPALA_BIDANG, Capacity.PLT, t(0), t(100));
        Actor plh = Actor.of("staf-9", "Sari", io.github.tertib.catalog.PalangkaRaya.PELAKSANA)
                .acting(KEPALA_DINAS, Capacity.PLH, t(0), t(100));
        requireDocumentedDigests(SopInstance.start(SOP, "2026/x", kasi, t(0))
                .complete(1, kasi, t(1))
                .complete(2, plt, t(2))
                .complete(2, plh, t(3))
                .cancel(kadin, t(4), "dibatalkan: " + text));
    }

    private static void requireDocumentedDigests(SopInstance run) {
        List<Event> events = run.events();
        byte[] previous = new byte[32];
        for (Event e : events) {
            byte[] expected = sha256(previous, encode(e));
            assertThat(e.digest()).as("%s", e).isEqualTo(Digest.of(expected));
            previous = expected;
        }
        assertThat(SopInstance.replay(SOP, events)).isEqualTo(run);
    }

    private static byte[] sha256(byte[] previous, byte[] encoded) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            sha.update(encoded);
            return sha.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] encode(Event e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        char type = e instanceof Event.Started s ? (s.revision().isPresent() ? 's' : 'S') : e instanceof Event.PartCompleted ? 'P'
                : e instanceof Event.Decided ? 'D' : e instanceof Event.Suspended ? 'U'
                : e instanceof Event.Resumed ? 'R' : 'C';
        out.write(type);
        varint(out, e.step());
        instant(out, e.at());
        str(out, e.role().id());
        str(out, e.role().title());
        str(out, e.actorId());
        str(out, e.actorName());
        if (e.delegation().isEmpty()) {
            out.write(0);
        } else {
            out.write(e.delegation().get().capacity() == Capacity.PLT ? 1 : 2);
            instant(out, e.delegation().get().from());
            instant(out, e.delegation().get().until());
        }
        if (e.remark().isEmpty()) {
            out.write(0);
        } else {
            out.write(1);
            str(out, e.remark().get());
        }
        if (e instanceof Event.Started s) {
            str(out, s.instanceId());
            str(out, s.sop());
            if (s.revision().isPresent()) {
                str(out, s.revision().get().revised().map(Object::toString).orElse(""));
                out.writeBytes(s.revision().get().fingerprint().toBytes());
            }
        } else if (e instanceof Event.Decided d) {
            out.write(d.answer() == Answer.YES ? 1 : 0);
        }
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, long v) {
        while (v >= 0x80) {
            out.write((int) (v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static void instant(ByteArrayOutputStream out, Instant t) {
        out.writeBytes(ByteBuffer.allocate(12).putLong(t.getEpochSecond()).putInt(t.getNano()).array());
    }

    private static void str(ByteArrayOutputStream out, String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        varint(out, utf8.length);
        out.writeBytes(utf8);
    }
}
