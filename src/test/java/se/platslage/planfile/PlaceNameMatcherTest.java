package se.platslage.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.platslage.planfile.PlaceNameMatcher.Candidate;

class PlaceNameMatcherTest {

    private final PlaceNameMatcher matcher = new PlaceNameMatcher(List.of(
            new Candidate("alvsjo-torg", "Älvsjö torg", List.of()),
            new Candidate("hagerstens-bollplan", "Hägerstens bollplan", List.of()),
            new Candidate("grimsta-ip", "Grimsta idrottsplats", List.of()),
            new Candidate("hasselby-torg", "Hässelby torg", List.of("Hässelby torg (ÖDS)")),
            new Candidate("vallingby-c", "Vällingby centrum", List.of()),
            new Candidate("parken-a", "Bergsparken", List.of()),
            new Candidate("parken-b", "Bergsparken", List.of())));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Älvsjö torg           | alvsjo-torg
            Alvsjo torg           | alvsjo-torg
            ÄLVSJÖ TORG.          | alvsjo-torg
            Älvsjö-torg           | alvsjo-torg
            Hägerstens BP         | hagerstens-bollplan
            Hägersten bollplan    | hagerstens-bollplan
            Grimsta IP            | grimsta-ip
            Hässelby torg (ÖDS)   | hasselby-torg
            Hasselby torg         | hasselby-torg
            Vällingby C           | vallingby-c
            """)
    void findsThePlaceDespiteSpellingCaseAndAbbreviations(String name, String id) {
        assertThat(matcher.match(name)).get().extracting(Candidate::id).isEqualTo(id);
    }

    @Test
    void anUnknownPlaceIsNoMatch() {
        assertThat(matcher.match("Solberga bollplan")).isEmpty();
        assertThat(matcher.match("")).isEmpty();
        assertThat(matcher.match(null)).isEmpty();
    }

    @Test
    void twoPlacesWithTheSameNameAreNoMatchSoAPersonChooses() {
        assertThat(matcher.match("Bergsparken")).isEmpty();
    }
}
