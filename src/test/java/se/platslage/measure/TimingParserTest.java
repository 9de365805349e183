package se.platslage.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimingParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024                      | 2024-01-01 | 2024-12-31
            Under 2024                | 2024-01-01 | 2024-12-31
            Löpande 2024              | 2024-01-01 | 2024-12-31
            2024 2027                 | 2024-01-01 | 2027-12-31
            20232026                  | 2023-01-01 | 2026-12-31
            2024-2025                 | 2024-01-01 | 2025-12-31
            jun-24                    | 2024-06-01 | 2024-06-30
            V 32-33 2024              | 2024-08-05 | 2024-08-18
            V 25 - 35                 | 2024-06-17 | 2024-09-01
            v. 12                     | 2024-03-18 | 2024-03-24
            Hösten 2024               | 2024-08-01 | 2024-12-31
            Våren 2025                | 2025-01-01 | 2025-06-30
            Sommaren                  | 2024-06-01 | 2024-08-31
            tertial 2 2024            | 2024-05-01 | 2024-08-31
            T3                        | 2024-09-01 | 2024-12-31
            17-19 juni                | 2024-06-17 | 2024-06-19
            Maj till september        | 2024-05-01 | 2024-09-30
            Senast slutet på september| 2024-01-01 | 2024-09-30
            februari 2025             | 2025-02-01 | 2025-02-28
            Under året i linjen       | 2024-01-01 | 2024-12-31
            Löpande under året.       | 2024-01-01 | 2024-12-31
            """)
    void parsesThePlansPeriodExpressions(String text, LocalDate start, LocalDate end) {
        Timing timing = TimingParser.parse(text, 2024);

        assertThat(timing.text()).isEqualTo(text);
        assertThat(timing.start()).isEqualTo(start);
        assertThat(timing.end()).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Pågående linjearbete", "Under SÖK giltighetstid", "Linjeverksamhet", "Vid behov", "V 40-30 2024",
            "2027 2024", "32 juni"})
    void keepsWhatItCannotReadUnparsed(String text) {
        Timing timing = TimingParser.parse(text, 2024);

        assertThat(timing.text()).isEqualTo(text);
        assertThat(timing.start()).isNull();
        assertThat(timing.end()).isNull();
    }
}
