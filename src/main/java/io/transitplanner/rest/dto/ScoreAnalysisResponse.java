package io.transitplanner.rest.dto;

import io.transitplanner.domain.ScoreAnalysis;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A plan's score by constraint, recomputed on the scenario it was solved on.")
public record ScoreAnalysisResponse(ScoreDto score, List<ConstraintScore> constraints) {

    @Schema(name = "ConstraintScore", description = "One constraint's part of the score, heaviest matches first.")
    public record ConstraintScore(String constraint, ScoreDto score, int matchCount, List<Match> topMatches) {}

    @Schema(name = "ConstraintMatch", description = "One match: its score and the justification's description.")
    public record Match(ScoreDto score, String description) {}

    public static ScoreAnalysisResponse from(ScoreAnalysis a) {
        return new ScoreAnalysisResponse(
                ScoreDto.from(a.score()),
                a.constraints().stream()
                        .map(c -> new ConstraintScore(
                                c.constraint(),
                                ScoreDto.from(c.score()),
                                c.matchCount(),
                                c.topMatches().stream()
                                        .map(m -> new Match(ScoreDto.from(m.score()), m.description()))
                                        .toList()))
                        .toList());
    }
}
