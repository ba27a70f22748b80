package io.github.tertib.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two bundles say the same things, and instants read as an office reads them. */
class MessagesBundleTest {

    @Test
    void both_bundles_have_every_key_with_the_same_placeholders() {
        Map<String, String> id = Messages.bundle(Messages.Language.ID);
        Map<String, String> en = Messages.bundle(Messages.Language.EN);
        assertThat(id.keySet()).isNotEmpty().isEqualTo(en.keySet());
        id.forEach((key, template) -> assertThat(Messages.placeholders(template)).as(key)
                .isEqualTo(Messages.placeholders(en.get(key))));
        id.forEach((key, template) -> assertThat(template).as(key).isNotBlank());
    }

    @Test
    void the_indonesian_bundle_is_read_as_utf8_and_found_for_in_and_id() {
        assertThat(Messages.Language.of(Locale.forLanguageTag("id"))).isEqualTo(Messages.Language.ID);
        assertThat(Messages.Language.of(new Locale("in", "ID"))).isEqualTo(Messages.Language.ID);
        assertThat(Messages.Language.of(Locale.forLanguageTag("en-US"))).isEqualTo(Messages.Language.EN);
        assertThat(Messages.Language.of(Locale.JAPANESE)).isEqualTo(Messages.Language.EN);
        assertThat(Messages.bundle(Messages.Language.ID).values()).noneMatch(v -> v.contains("\uFFFD"));
    }

    @Test
    void an_instant_is_written_with_the_indonesian_name_of_its_zone() {
        Instant at = Instant.parse("2026-03-02T02:00:00Z");
        Locale id = Locale.forLanguageTag("id");
        assertThat(Messages.dateTime(at, ZoneId.of("Asia/Jakarta"), id)).isEqualTo("2 Maret 2026 pukul 09.00 WIB");
        assertThat(Messages.dateTime(at, ZoneId.of("Asia/Pontianak"), Locale.ENGLISH))
                .isEqualTo("2 March 2026 at 09:00 WIB");
        assertThat(Messages.dateTime(at, ZoneId.of("Asia/Makassar"), id)).isEqualTo("2 Maret 2026 pukul 10.00 WITA");
        assertThat(Messages.dateTime(at, ZoneId.of("Asia/Jayapura"), id)).isEqualTo("2 Maret 2026 pukul 11.00 WIT");
        assertThat(Messages.dateTime(at, ZoneId.of("Europe/Amsterdam"), id)).isEqualTo("2 Maret 2026 pukul 03.00 UTC+01:00");
        assertThat(Messages.date(LocalDate.of(2027, 1, 1), Locale.ENGLISH)).isEqualTo("1 January 2027");
    }
}
