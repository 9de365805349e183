package se.platslage.planfile;

import se.platslage.vocabulary.MeasureStatus;

/**
 * Recognises the follow-up meetings' status words (DOMAIN.md, geodata/README.md) from their start, so the
 * longer forms ("Genomfört enligt plan, arbetet fortsätter inom linjeverksamhet") map like the short ones.
 * Order matters: "Genomfört delvis" is partial, "Ej genomfört" is not done, before plain "Genomfört".
 */
final class StatusWords {

    private StatusWords() {
    }

    /** The status, or null when the words are not recognised (the reader warns, never guesses). */
    static MeasureStatus recognise(String asWritten) {
        String s = TextKey.of(asWritten);
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("borttag")) {
            return MeasureStatus.REMOVED;
        }
        if (s.contains("delvis")) {
            return MeasureStatus.PARTIALLY_DONE;
        }
        if (s.startsWith("ej paborja") || s.startsWith("inte paborja")) {
            return MeasureStatus.NOT_STARTED;
        }
        if (s.startsWith("ej genomf") || s.startsWith("inte genomf") || s.startsWith("har ej gatt")
                || s.startsWith("kunde ej") || s.contains("har ej gjorts")) {
            return MeasureStatus.NOT_DONE_AS_PLANNED;
        }
        if (s.startsWith("genomf") || s.startsWith("klar") || s.startsWith("slutford")) {
            return MeasureStatus.DONE;
        }
        if (s.startsWith("paborja") || s.startsWith("paga") || s.contains(" paborjat ")) {
            return MeasureStatus.ONGOING;
        }
        if (s.startsWith("inplanera") || s.startsWith("planera")) {
            return MeasureStatus.PLANNED;
        }
        return null;
    }
}
