package se.platslage.planfile;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SÖK's prioritised areas (DOMAIN.md) and how sheets are matched to them. Excel cuts sheet names at 31
 * characters and the plans spell some names their own way ("Systemhotade" / "Systemhotande"), so a sheet is
 * matched by the start of its name, after an optional "2." or "2 -" number.
 */
final class AreaNames {

    static final List<String> CANONICAL = List.of(
            "Unga i riskzon för destruktivt beteende",
            "Otrygga och brottsutsatta platser",
            "Systemhotande brottslighet",
            "Särskilt utsatta och sårbara brottsoffer",
            "Kriminella miljöer och livsstilar",
            "Eget prioriterat område");

    /** Folded starts that tell the areas apart, index = area number - 1. */
    private static final List<String> STARTS = List.of("unga i risk", "otrygg", "systemhot", "sarskilt utsatt",
            "kriminell", "eget prioriterat");

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,2})\\s*[.):-]?\\s*(.*)$", Pattern.DOTALL);

    private AreaNames() {
    }

    /** The area number a sheet or title names, or 0 when it names none. */
    static int number(String name) {
        if (name == null) {
            return 0;
        }
        Matcher m = NUMBERED.matcher(name);
        String rest = m.matches() ? m.group(2) : name;
        String key = TextKey.of(rest);
        for (int i = 0; i < STARTS.size(); i++) {
            if (key.startsWith(STARTS.get(i)) || (key.length() >= 6 && STARTS.get(i).startsWith(key))) {
                return i + 1;
            }
        }
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The name without its number prefix ("2. Otrygga ..." → "Otrygga ..."). */
    static String withoutNumber(String name) {
        Matcher m = NUMBERED.matcher(name);
        return m.matches() && !m.group(2).isBlank() ? m.group(2).strip() : name.strip();
    }

    static String canonical(int number) {
        return number >= 1 && number <= CANONICAL.size() ? CANONICAL.get(number - 1) : null;
    }
}
