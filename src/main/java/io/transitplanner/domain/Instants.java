package io.transitplanner.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of instants in text, for request bodies, query parameters, CSV uploads and the exchange format alike:
 * an RFC 3339 date-time with {@code Z} or a numeric offset ({@code 2012-09-03T04:30:00+04:30} is
 * {@code 2012-09-03T00:00:00Z}). A time without an offset is refused: it would name a different instant in every
 * time zone. The seconds may be left out ({@code 2012-08-01T06:00Z}), as the exchange format always allowed. Instants
 * are always written back in UTC with a Z.
 */
public final class Instants {
    /** What the readers accept, in words for error messages and the API document. */
    public static final String FORMS = "an RFC 3339 date-time with Z or a numeric offset, such as 2012-08-01T06:00:00Z"
            + " or 2012-08-01T10:30:00+04:30 (the seconds may be left out; answers are always in UTC with Z)";

    private static final String DATE_TIME = "(\\d{4}-\\d{2}-\\d{2})[Tt](\\d{2}:\\d{2})(:\\d{2}(\\.\\d{1,9})?)?";
    private static final Pattern WITH_OFFSET = Pattern.compile("^" + DATE_TIME + "([Zz]|[+-]\\d{2}:\\d{2})$");
    private static final Pattern WITHOUT_OFFSET = Pattern.compile("^" + DATE_TIME + "$");

    private Instants() {}

    /**
     * The instant the text names.
     *
     * @throws IllegalArgumentException whose message says, for the sender, what is wrong and what would do
     */
    public static Instant parse(String text) {
        String trimmed = text.trim();
        Matcher m = WITH_OFFSET.matcher(trimmed);
        if (!m.matches()) {
            if (WITHOUT_OFFSET.matcher(trimmed).matches()) {
                throw new IllegalArgumentException("'" + quoted(trimmed) + "' has no offset: add Z for UTC or a numeric"
                        + " offset, as in " + trimmed + "Z or " + trimmed + "+04:30");
            }
            throw new IllegalArgumentException("'" + quoted(trimmed) + "' is not " + FORMS);
        }
        String seconds = m.group(3) == null ? ":00" : m.group(3);
        String offset = m.group(5).equalsIgnoreCase("Z") ? "Z" : m.group(5);
        try {
            return OffsetDateTime.parse(m.group(1) + "T" + m.group(2) + seconds + offset)
                    .toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a real date and time");
        }
    }

    private static String quoted(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
