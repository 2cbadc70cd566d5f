package com.supportbilling.job.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The usage intake's progress line: rate and time left while the files are read; once they are, the time taken,
 * and the rate only from a second on (D152). Numbers as the default locale writes them.
 */
class UsageProgressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // rows | bytes read | total bytes | elapsed ms | rows read, share | the rest
        "1000000 | 100 | 400 | 500 | 1000000 rows read (25 %) | 2000000 rows/s, about 2 s left",
        "3000000 | 300 | 400 | 3000 | 3000000 rows read (75 %) | 1000000 rows/s, about 1 s left",
        "0 | 0 | 400 | 10 | 0 rows read (0 %) | 0 rows/s, about 0 s left",
        "5000000 | 400 | 400 | 2700 | 5000000 rows read (100 %) | in 2.7 s, 1851852 rows/s",
        "49 | 2048 | 2048 | 170 | 49 rows read (100 %) | in 0.2 s",
        "0 | 0 | 0 | 40 | 0 rows read (100 %) | in 0.0 s",
    })
    void saysTheRateAndTimeLeftWhileReadingAndTheTimeTakenOnceRead(long rows, long read, long total, long millis,
            String readPart, String rest) {
        assertThat(UsageProgress.line(rows, read, total, millis * 1_000_000)).isEqualTo(
                "usage: " + localized(readPart) + (rest.startsWith("in ") ? " " : ", ") + localized(rest));
    }

    /** The text with its whole numbers grouped and its decimals written as the default locale writes them. */
    private static String localized(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (word.matches("\\d+")) {
                out.append(String.format("%,d", Long.parseLong(word)));
            } else if (word.matches("\\d+\\.\\d")) {
                out.append(String.format("%.1f", Double.parseDouble(word)));
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }
}
