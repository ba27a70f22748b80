package io.github.tertib.sop;

import io.github.tertib.TertibParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A NIP (Nomor Induk Pegawai), the 18-digit number of an Indonesian civil servant, printed as
 * {@code 19610923 199103 1 004}: date of birth, year and month of appointment as CPNS, sex and a
 * sequence number (Peraturan Kepala BKN No. 22 Tahun 2007).
 *
 * <pre>{@code
 * Nip nip = Nip.parse("19610923 199103 1 004");
 * nip.birthDate();   // 1961-09-23
 * nip.appointment(); // 1991-03
 * nip.sex();         // Sex.MALE
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when the digits are.
 */
public final class Nip {

    /** The sex digit of a NIP. */
    public enum Sex {
        /** Digit 1: laki-laki. */
        MALE,
        /** Digit 2: perempuan. */
        FEMALE
    }

    private final String digits;

    private Nip(String digits) {
        this.digits = digits;
    }

    /**
     * Reads a NIP, with or without the spaces (or dots) of its printed form.
     *
     * @param text the NIP, such as {@code "19610923 199103 1 004"} or {@code "196109231991031004"}
     * @return the NIP
     * @throws TertibParseException naming the rule the text breaks, with the position of the digit at fault: 18 digits, a real birth date,
     *     an appointment month 01–12, appointment after birth, sex digit 1 or 2
     */
    public static Nip parse(String text) {
        Objects.requireNonNull(text, "text");
        String digits = text.strip().replaceAll("[\\s.]", "");
        if (!digits.matches("\\d{18}")) {
            throw new TertibParseException("NIP \"" + text + "\" is not valid: it must have 18 digits (found "
                    + digits.length() + " characters" + (digits.matches("\\d*") ? "" : ", not all digits")
                    + "), printed as 8-6-1-3, such as 19610923 199103 1 004", text, firstNonDigit(text));
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(num(digits, 0, 4), num(digits, 4, 6), num(digits, 6, 8));
        } catch (DateTimeException e) {
            throw new TertibParseException("NIP \"" + text + "\" is not valid: its first 8 digits "
                    + digits.substring(0, 8) + " are not a real date of birth (YYYYMMDD)", text, indexOfDigit(text, 0), e);
        }
        int month = num(digits, 12, 14);
        if (month < 1 || month > 12) {
            throw new TertibParseException("NIP \"" + text + "\" is not valid: the appointment month (digits 13-14) is "
                    + digits.substring(12, 14) + ", it must be 01 to 12", text, indexOfDigit(text, 12));
        }
        YearMonth appointment = YearMonth.of(num(digits, 8, 12), month);
        if (!appointment.isAfter(YearMonth.from(birth))) {
            throw new TertibParseException("NIP \"" + text + "\" is not valid: the appointment " + appointment
                    + " is not after the date of birth " + birth, text, indexOfDigit(text, 8));
        }
        char sex = digits.charAt(14);
        if (sex != '1' && sex != '2') {
            throw new TertibParseException("NIP \"" + text + "\" is not valid: the sex digit (digit 15) is " + sex
                    + ", it must be 1 (male) or 2 (female)", text, indexOfDigit(text, 14));
        }
        return new Nip(digits);
    }

    /** The offset in {@code text} of its digit number {@code k} (from 0), skipping spaces and dots. */
    private static int indexOfDigit(String text, int k) {
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '.') {
                if (seen == k) {
                    return i;
                }
                seen++;
            }
        }
        return text.length();
    }

    /** The offset of the first character that is no digit, space or dot; the end if there is none. */
    private static int firstNonDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !Character.isWhitespace(c) && c != '.') {
                return i;
            }
        }
        return text.length();
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }

    /** Returns the 18 digits without spaces. */
    public String digits() {
        return digits;
    }

    /** Returns the date of birth (digits 1–8). */
    public LocalDate birthDate() {
        return LocalDate.of(num(digits, 0, 4), num(digits, 4, 6), num(digits, 6, 8));
    }

    /** Returns the year and month of appointment as CPNS (digits 9–14). */
    public YearMonth appointment() {
        return YearMonth.of(num(digits, 8, 12), num(digits, 12, 14));
    }

    /** Returns the sex (digit 15). */
    public Sex sex() {
        return digits.charAt(14) == '1' ? Sex.MALE : Sex.FEMALE;
    }

    /** Returns the sequence number (digits 16–18). */
    public int sequence() {
        return num(digits, 15, 18);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nip n && n.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Returns the printed form, 8-6-1-3: {@code 19610923 199103 1 004}. */
    @Override
    public String toString() {
        return digits.substring(0, 8) + " " + digits.substring(8, 14) + " " + digits.charAt(14) + " "
                + digits.substring(15);
    }
}
