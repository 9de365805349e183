package se.platslage.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.ProblemDetail;

/** A read stopped by the read timeout is a 503 of the service's own problem type, like every other failure. */
class TimedOutAnswerTest {

    @Test
    void aTimedOutReadNamesTheUnavailableProblemType() {
        ProblemDetail problem = new ApiErrors(null).timedOut(new QueryTimeoutException("cancelled"));

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType()).isEqualTo(ProblemType.UNAVAILABLE.uri());
        assertThat(problem.getTitle()).isEqualTo("Timed out");
    }
}
