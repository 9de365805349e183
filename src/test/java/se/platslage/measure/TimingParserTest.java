package se.platslage.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.platslage.measure.TimingParser.AgreementPeriod;
import se.platslage.measure.TimingParser.Kind;
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
    @ValueSource(strings = {"Vid behov", "V 40-30 2024", "2027 2024", "32 juni", "Ekonomiskt bistånd 31/2 2024"})
    void keepsWhatItCannotReadUnparsed(String text) {
        Timing timing = TimingParser.parse(text, 2024);

        assertThat(timing.text()).isEqualTo(text);
        assertThat(timing.start()).isNull();
        assertThat(timing.end()).isNull();
    }

    @Test
    void ongoingWorkStartsWithThePlansYearAndHasNoEnd() {
        TimingParser.Reading reading = TimingParser.read("Pågående linjearbete", 2024, AgreementPeriod.DEFAULT);

        assertThat(reading.kind()).isEqualTo(Kind.CONTINUOUS);
        assertThat(reading.timing().start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(reading.timing().end()).isNull();
    }

    @Test
    void theAgreementsPeriodIsConfigurable() {
        AgreementPeriod sok = new AgreementPeriod(LocalDate.of(2028, 1, 1), LocalDate.of(2031, 12, 31));

        TimingParser.Reading reading = TimingParser.read("Under SÖK giltighetstid", 2029, sok);

        assertThat(reading.kind()).isEqualTo(Kind.AGREEMENT_PERIOD);
        assertThat(reading.timing().start()).isEqualTo(sok.start());
        assertThat(reading.timing().end()).isEqualTo(sok.end());
    }

    @Test
    void aFrequencyIsUnderstoodButGivesNoPeriod() {
        TimingParser.Reading reading = TimingParser.read("1 gång/termin", 2024, AgreementPeriod.DEFAULT);

        assertThat(reading.kind()).isEqualTo(Kind.RECURRING);
        assertThat(reading.understood()).isTrue();
        assertThat(reading.timing().start()).isNull();
    }

    @Test
    void parseKeepsItsContractForTheStoredTiming() {
        assertThat(TimingParser.parse("Under SÖK giltighetstid", 2024))
                .isEqualTo(new Timing("Under SÖK giltighetstid", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        assertThat(TimingParser.parse(null, 2024)).isEqualTo(Timing.NONE);
    }

    /**
     * Every "När" of the three real plans (geodata/plans), with the plan's year and the reading we expect:
     * plan year | text | kind | start | end. Prose that names no period stays UNPARSED (flagged), never guessed.
     */
    private static final String EVERY_PLAN_TIMING = """
            2024 | Pågående linjearbete | CONTINUOUS | 2024-01-01 | null
            2024 | pågående 2023 och 2024 | PERIOD | 2023-01-01 | 2024-12-31
            2024 | Punkt 1 och 4 är uppstartade och punkt 2 och 3 startas upp under 2024 | UNPARSED | null | null
            2024 | Tas fram under T2 | PERIOD | 2024-05-01 | 2024-08-31
            2024 | Under SÖK giltighetstid. Sker löpande under tiden som problematiken finns. Under 2024 ca 4 möten. | AGREEMENT_PERIOD | 2024-01-01 | 2027-12-31
            2024 | Pågående, ev. avslut när rutiner finns i linjearbetet | CONTINUOUS | 2024-01-01 | null
            2024 | Kontaktgrupp och insatser utifrån lägesbild. | UNPARSED | null | null
            2024 | 2024 | PERIOD | 2024-01-01 | 2024-12-31
            2024 | V 32-33 2024 | PERIOD | 2024-08-05 | 2024-08-18
            2024 | Under SÖK giltighetstid. Sker löpande under tiden som problematiken finns. Under 2024 ca 4 möten | AGREEMENT_PERIOD | 2024-01-01 | 2027-12-31
            2024 | Utifrån lägesbild och behov | UNPARSED | null | null
            2024 | jun-24 | PERIOD | 2024-06-01 | 2024-06-30
            2024 | V 26-27 2024 | PERIOD | 2024-06-24 | 2024-07-07
            2024 | 17-19 juni | PERIOD | 2024-06-17 | 2024-06-19
            2024 | V 25 - 35 | PERIOD | 2024-06-17 | 2024-09-01
            2024 | Pågående i linjearbetet | CONTINUOUS | 2024-01-01 | null
            2024 | Implementeras under 2024 | PERIOD | 2024-01-01 | 2024-12-31
            2024 | Pågående samverkan inom staden. | CONTINUOUS | 2024-01-01 | null
            2024 | Hanteras i linjeverksamheten löpande under SÖK giltighetstid. | AGREEMENT_PERIOD | 2024-01-01 | 2027-12-31
            2024 | Pågående linjeverksamhet | CONTINUOUS | 2024-01-01 | null
            2024 | Uppstartat under tertial 1 2024 | UNPARSED | null | null
            2024 | Följer ett årshjul under 2024. | RECURRING | 2024-01-01 | 2024-12-31
            2024 | Under 2024 | PERIOD | 2024-01-01 | 2024-12-31
            2024 | Implementering tertial 2 2024 | PERIOD | 2024-05-01 | 2024-08-31
            2025 | jun-25 | PERIOD | 2025-06-01 | 2025-06-30
            2025 | 2025 | PERIOD | 2025-01-01 | 2025-12-31
            2025 | 2024 2027 | PERIOD | 2024-01-01 | 2027-12-31
            2025 | 20232026 | PERIOD | 2023-01-01 | 2026-12-31
            2025 | De riktade APT materialen ska vara framtagna och utkommunicerade innan sommaren. | UNPARSED | null | null
            2025 | Under året i linjen | PERIOD | 2025-01-01 | 2025-12-31
            2025 | Under året i linjen, med stöd av utvecklingsenheten. | PERIOD | 2025-01-01 | 2025-12-31
            2025 | Löpande under året. | PERIOD | 2025-01-01 | 2025-12-31
            2025 | Linjeverksamhet | CONTINUOUS | 2025-01-01 | null
            2024 | 2 gånger per månad - löpande. Årshjul finns. | RECURRING | null | null
            2024 | 2 gånger per år, en gång på våren och en gång på hösten, alt vid efterfrågan. | RECURRING | null | null
            2024 | 2 gånger per år, en gång på våren och en gång på hösten | RECURRING | null | null
            2024 | Målsättningen är två dagar per vecka, utförs av områdespolisgrupp. Avser kommunala skolor. | RECURRING | null | null
            2024 | Vid behov | UNPARSED | null | null
            2024 | 1-2 ggr per år | RECURRING | null | null
            2024 | 1 gång/termin | RECURRING | null | null
            2024 | Regelbundet | RECURRING | null | null
            2024 | Våren | PERIOD | 2024-01-01 | 2024-06-30
            2024 | Datum ej satt, förslag i höst. | UNPARSED | null | null
            2024 | Löpande 2024 | PERIOD | 2024-01-01 | 2024-12-31
            2024 | Våren 2024 | PERIOD | 2024-01-01 | 2024-06-30
            2024 | Maj 2024 | PERIOD | 2024-05-01 | 2024-05-31
            2024 | Hösten 2024 | PERIOD | 2024-08-01 | 2024-12-31
            2024 | En gång/termin 2024 | RECURRING | 2024-01-01 | 2024-12-31
            2024 | Skapa under våren 2024 för att sedan implementera under hösten 2024 | UNPARSED | null | null
            2024 | Pågående arbete | CONTINUOUS | 2024-01-01 | null
            2024 | Årshjul - pågående under året, tyngdpunkt på sommarhalvår, aktivitetsskåp i Fatbursparken | RECURRING | null | null
            2024 | Kartläggning fram till maj, operativ arbete och kartläggning resten av året. | UNPARSED | null | null
            2024 | Varje vecka, utifrån samma koncept som Klara/Sergels torg | RECURRING | null | null
            2024 | Förhoppningsvis start under 2024 | UNPARSED | null | null
            2024 | Senast slutet på september | PERIOD | 2024-01-01 | 2024-09-30
            2024 | Maj till september | PERIOD | 2024-05-01 | 2024-09-30
            2024 | Sommar 2024 | PERIOD | 2024-06-01 | 2024-08-31
            2024 | Sommar 2024 och fortsatt under hösten | UNPARSED | null | null
            2024 | Från april och framåt | CONTINUOUS | 2024-04-01 | null
            2024 | Från maj och framåt | CONTINUOUS | 2024-05-01 | null
            2024 | Slutet 2024 | PERIOD | 2024-01-01 | 2024-12-31
            2024 | Färdigt 2025 | PERIOD | 2024-01-01 | 2025-12-31
            2024 | April och framåt | CONTINUOUS | 2024-04-01 | null
            2024 | Under vår och höst 2024, datum klara | UNPARSED | null | null
            2024 | Start höst 2024, fyra möten per år | RECURRING | null | null
            2024 | Löpande under året | PERIOD | 2024-01-01 | 2024-12-31
            2024 | Stadens arbetsgrupp för hemtjänst träffas regelbundet 1 gång/månad och lokalt arbete sker löpande under året. | RECURRING | null | null
            2024 | Höst/vinter | UNPARSED | null | null
            2024 | Under året/löpande vid ansökan | PERIOD | 2024-01-01 | 2024-12-31
            2024 | 20 augusti. | PERIOD | 2024-08-20 | 2024-08-20
            2024 | I de fallen där det förekommer indikationer på att en förening som har ansökt om föreningsbidrag på Södermalm kan förekomma i antidemokratiska eller våldsbejakande extremistiska sammanhang | UNPARSED | null | null
            2024 | Under våren, klart till till augusti. | UNPARSED | null | null
            2024 | Sen vår | UNPARSED | null | null
            2024 | Höst/Vinter | UNPARSED | null | null
            2024 | Socialsekreterare samsitter från och med 15/1 2024 och deltar aktivt i det dagliga arbetet hos polisen. | CONTINUOUS | 2024-01-15 | null
            2024 | Alla våldsutövare ska erbjudas motiverande samtal med socialsekreterare från 15/1 2024. | CONTINUOUS | 2024-01-15 | null
            2024 | Alla våldsutsatta erbjuds stöd och motiverande samtal från 15/1 2024. | CONTINUOUS | 2024-01-15 | null
            2024 | Vid kontakter med våldsutövare och våldsutsatta hos polisen | UNPARSED | null | null
            2024 | Under året 2024 kommer vi att genomföra informationstillfällen internt, samverka i insats sluta slå och ta fram gemensamt informationsmaterial. | PERIOD | 2024-01-01 | 2024-12-31
            2024 | Akuta situationer med barn närvarande från 2/4 2024 | CONTINUOUS | 2024-04-02 | null
            2024 | Stadsdelsförvaltningen och äldreomsorgens utvecklingsenhet får informationsmaterial samt kontaktuppgifter för att boka in föreläsningar och informationsträffar från polisen på förfrågan från verksamheterna inom äldreomsorgen. Äldreomsorgen ser till att kunskapshöjande insatser sprids till alla målgrupper inom äldreomsorgen under året. | UNPARSED | null | null
            2024 | Vi diskuterar detta fördjupat vid uppföljning 4/10 av samverkansöverenskommelsen. | UNPARSED | null | null
            2024 | 2024-02-06 och 2024-12-03 | PERIOD | 2024-02-06 | 2024-12-03
            2024 | Två gånger per år, nästa möte är inbokat till 5/6 | RECURRING | null | null
            2024 | Ledningsgruppen Sociala avd. 21/2 | PERIOD | 2024-02-21 | 2024-02-21
            2024 | Ekonomiskt bistånd 10/10 2024 | PERIOD | 2024-10-10 | 2024-10-10
            2024 | Vuxenenheten 20/12 2024 | PERIOD | 2024-12-20 | 2024-12-20
            2024 | Barn och ungdom -ej 2024 (24/1-25) | UNPARSED | null | null
            """;

    @Test
    void readsEveryTimingInTheThreePlansAsExpected() {
        Map<String, String[]> expected = expectedReadings();
        List<String> wrong = new ArrayList<>();
        expected.forEach((key, row) -> {
            TimingParser.Reading r = TimingParser.read(row[1], Integer.parseInt(row[0]), AgreementPeriod.DEFAULT);
            String got = r.kind() + " | " + r.timing().start() + " | " + r.timing().end();
            String want = row[2] + " | " + row[3] + " | " + row[4];
            if (!got.equals(want) || !row[1].equals(r.timing().text())) {
                wrong.add(row[1] + ": expected " + want + " but was " + got);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void theTableCoversEveryTimingInThePlans() throws IOException {
        Map<String, String[]> expected = expectedReadings();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("geodata/plans"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode plan = new ObjectMapper().readTree(file.toFile());
                int year = plan.get("year").asInt();
                for (JsonNode measure : plan.findValues("measures").stream().flatMap(m -> stream(m)).toList()) {
                    if (measure.hasNonNull("timing") && !expected.containsKey(year + "|" + measure.get("timing").asText())) {
                        missing.add(file.getFileName() + ": " + measure.get("timing").asText());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(expected).hasSizeGreaterThan(80);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    private static Map<String, String[]> expectedReadings() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : EVERY_PLAN_TIMING.strip().split("\n")) {
            String[] cells = line.split("\\|");
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            rows.put(cells[0] + "|" + cells[1], cells);
        }
        return rows;
    }
}
