package se.platslage.planimport;

/**
 * Told after every stored measure (and once per phase), for the job status and the log. An exception thrown
 * here aborts the import, and its transaction stores nothing.
 */
@FunctionalInterface
interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> {
    };

    void step(String phase, int done, int total);
}
