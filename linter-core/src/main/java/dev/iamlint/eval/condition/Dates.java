package dev.iamlint.eval.condition;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Dates of the Date operators, compared as instants. IAMUG: "one of the W3C implementations of
 * the ISO 8601 date formats or in epoch (UNIX) time".
 *
 * <p>Accepted: epoch seconds (digits, optionally with a fraction; so a bare year such as
 * {@code 2020} reads as epoch seconds), {@code YYYY-MM}, {@code YYYY-MM-DD} (the start of that
 * month or day in UTC), and date-times {@code YYYY-MM-DDThh:mm[:ss[.s…]]} with {@code Z}, an
 * offset {@code ±hh:mm}, {@code ±hhmm} or {@code ±hh}, or no zone, which is read as UTC.
 */
final class Dates {

    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    /** Epoch seconds beyond what {@link Instant} holds are not dates. */
    private static final BigDecimal MAX_EPOCH_SECONDS = BigDecimal.valueOf(Instant.MAX.getEpochSecond());

    private Dates() {}

    /** The instant a date text denotes, or null when it is none of the accepted forms. */
    static Instant parse(String text) {
        try {
            if (isEpoch(text)) {
                return epoch(text);
            }
            if (text.indexOf('T') >= 0 || text.indexOf('t') >= 0) {
                TemporalAccessor parsed = DATE_TIME.parse(text);
                LocalDateTime local = LocalDateTime.from(parsed);
                return parsed.isSupported(ChronoField.OFFSET_SECONDS)
                        ? local.toInstant(ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
                        : local.toInstant(ZoneOffset.UTC);
            }
            if (text.length() == 7) {
                return YearMonth.parse(text).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeException | ArithmeticException notADate) {
            return null;
        }
    }

    private static boolean isEpoch(String text) {
        int digits = 0;
        boolean point = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point && digits > 0) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0 && digits <= 30;
    }

    private static Instant epoch(String text) {
        BigDecimal seconds = new BigDecimal(text);
        if (seconds.compareTo(MAX_EPOCH_SECONDS) > 0) {
            return null;
        }
        long whole = seconds.longValue();
        long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole, nanos);
    }
}
