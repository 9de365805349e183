package se.platslage.walk;

import java.util.List;

/**
 * The default checklist: the nine audit parameters of Safetipin's safety audit (Viswanath &amp; Basu, "SafetiPin:
 * a mapping app for women's safety", Gender &amp; Development 23(1), 2015), each rated 0–3. A district may edit
 * its own copy ({@link WalkChecklists}).
 */
final class SafetipinChecklist {

    static final List<ChecklistItem> ITEMS = List.of(
            new ChecklistItem("lighting", "Belysning", "Lighting",
                    "Hur väl upplyst är platsen? 0 = mörkt, 3 = jämnt och väl upplyst.",
                    "How well lit is the place? 0 = dark, 3 = evenly and well lit."),
            new ChecklistItem("openness", "Öppenhet", "Openness",
                    "Kan du se omgivningen och vägar ut? 0 = instängt, skymt, 3 = fri sikt åt alla håll.",
                    "Can you see around you and the ways out? 0 = closed in, 3 = clear view all round."),
            new ChecklistItem("visibility", "Insyn", "Visibility",
                    "Kan andra se dig: fönster, entréer, butiker mot platsen? 0 = ingen insyn, 3 = god insyn.",
                    "Can others see you: windows, entrances, shops facing the place? 0 = none, 3 = many."),
            new ChecklistItem("people", "Folkliv", "People",
                    "Hur många människor finns omkring dig? 0 = öde, 3 = många.",
                    "How many people are around? 0 = deserted, 3 = crowded."),
            new ChecklistItem("security", "Bevakning", "Security",
                    "Finns väktare, polis eller personal i närheten? 0 = ingen, 3 = synlig närvaro.",
                    "Are guards, police or staff nearby? 0 = none, 3 = visible presence."),
            new ChecklistItem("walk-path", "Gångväg", "Walk path",
                    "Finns en gångväg i gott skick? 0 = saknas eller trasig, 3 = bred, jämn och fri.",
                    "Is there a walk path in good repair? 0 = none or broken, 3 = wide, even and clear."),
            new ChecklistItem("public-transport", "Kollektivtrafik", "Public transport",
                    "Hur nära och hur ofta går kollektivtrafiken? 0 = långt bort, sällan, 3 = nära och ofta.",
                    "How near and frequent is public transport? 0 = far and rare, 3 = near and frequent."),
            new ChecklistItem("gender-usage", "Könsfördelning", "Gender usage",
                    "Finns kvinnor och barn bland dem som vistas här? 0 = inga, 3 = blandat.",
                    "Are women and children among the people here? 0 = none, 3 = a good mix."),
            new ChecklistItem("feeling", "Trygghetskänsla", "Feeling",
                    "Hur trygg känner du dig här? 0 = otrygg, 3 = trygg.",
                    "How safe do you feel here? 0 = unsafe, 3 = safe."));

    private SafetipinChecklist() {
    }
}
