package io.transitplanner.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor of a listing: where the next page starts, as the id after which it seeks. Opaque so that clients
 * pass it back rather than build it; versioned so that its content may change without breaking them.
 */
final class Cursors {
    private static final String PREFIX = "s1:";

    private Cursors() {}

    static String of(long afterId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + afterId).getBytes(StandardCharsets.US_ASCII));
    }

    /** The id a cursor seeks after, or {@code null} when the text is no cursor this service gave out. */
    static Long afterId(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII);
            if (!text.startsWith(PREFIX)) {
                return null;
            }
            long id = Long.parseLong(text.substring(PREFIX.length()));
            return id < 0 ? null : id;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
