package io.transitplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantsTest {
    private static final Instant MIDNIGHT = Instant.parse("2012-09-03T00:00:00Z");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2012-09-03T00:00:00Z",
                "2012-09-03T00:00:00+00:00",
                "2012-09-03T00:00:00-00:00",
                "2012-09-03T04:30:00+04:30",
                "2012-09-02T19:00:00-05:00",
                "2012-09-03t00:00:00z",
                "2012-09-03T00:00Z",
                "2012-09-03T04:30+04:30",
                " 2012-09-03T00:00:00.000Z "
            })
    void readsZAndEveryNumericOffsetAsTheSameInstant(String text) {
        assertThat(Instants.parse(text)).isEqualTo(MIDNIGHT);
    }

    @Test
    void keepsFractionsOfASecond() {
        assertThat(Instants.parse("2012-09-03T04:30:00.25+04:30")).isEqualTo(MIDNIGHT.plusMillis(250));
    }

    @Test
    void refusesATimeWithoutAnOffsetAndShowsHowToWriteIt() {
        assertThatThrownBy(() -> Instants.parse("2012-09-03T00:00:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'2012-09-03T00:00:00' has no offset: add Z for UTC or a numeric offset, as in "
                        + "2012-09-03T00:00:00Z or 2012-09-03T00:00:00+04:30");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"next Tuesday", "2012-09-03", "2012-09-03 00:00:00Z", "2012-09-03T00:00:00+0430", "1346630400"})
    void refusesOtherFormsNamingTheAcceptedOnes(String text) {
        assertThatThrownBy(() -> Instants.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an RFC 3339 date-time with Z or a numeric offset, such as "
                        + "2012-08-01T06:00:00Z or 2012-08-01T10:30:00+04:30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2012-02-30T00:00:00Z", "2012-09-03T24:00:00Z", "2012-09-03T00:00:00+19:00"})
    void refusesDatesAndTimesThatDoNotExist(String text) {
        assertThatThrownBy(() -> Instants.parse(text)).hasMessageContaining("is not a real date and time");
    }

    @Test
    void abbreviatesALongValue() {
        assertThatThrownBy(() -> Instants.parse("x".repeat(5000)))
                .hasMessageStartingWith("'" + "x".repeat(40) + "...' is not");
    }
}
