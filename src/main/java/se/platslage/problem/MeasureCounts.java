package se.platslage.problem;

/**
 * How many measures answer a problem or a cause: a problem with measures is not deleted, and a cause with
 * measures is kept. Implemented by the measure feature (its repository), which sits above problems, so this
 * package need not know measures.
 */
public interface MeasureCounts {

    long measuresOf(Problem problem);

    long measuresOf(Cause cause);
}
