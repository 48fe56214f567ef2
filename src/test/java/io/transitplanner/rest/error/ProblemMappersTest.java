package io.transitplanner.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** The last-resort answer tells the caller nothing about the inside of the service. */
class ProblemMappersTest {

    @Test
    void shouldAnswerAnUnexpectedFailureWithABare500() {
        Response response = new ProblemMappers()
                .unexpected(new IllegalStateException("password=hunter2 at io.transitplanner.Secret"), null);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType()).hasToString(Problems.MEDIA_TYPE);
        ProblemDetail problem = (ProblemDetail) response.getEntity();
        assertThat(problem.title()).isEqualTo("Internal error");
        assertThat(problem.errors()).isEmpty();
        assertThat(problem.detail())
                .contains("incident")
                .doesNotContain("IllegalStateException", "hunter2", "io.transitplanner", "java.");
    }
}
