package io.transitplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ScenarioJsonPinnedLegsTest {

    @Test
    void shouldBlameOnlyTheFaultyPinnedLegNotTheChainAfterIt() throws IOException {
        ObjectNode replan;
        try (InputStream in = getClass().getResourceAsStream("/conformance/replan.scenario.json")) {
            replan = (ObjectNode) new ObjectMapper().readTree(in);
        }
        // S0020 leaves OB2 on three pinned legs (OB2-BXU-ROAD, BXU-TRZ-RAIL, TRZ-RIX-RAIL); break the first.
        ObjectNode firstLeg =
                (ObjectNode) replan.get("shipments").get(20).get("pinnedLegs").get(0);
        assertThat(firstLeg.get("lane").asText()).isEqualTo("OB2-BXU-ROAD");
        firstLeg.put("lane", "NO-SUCH-LANE");

        InvalidDocumentException e =
                catchThrowableOfType(InvalidDocumentException.class, () -> ScenarioJson.read(replan.toString()));

        assertThat(e.problems()).extracting(FormatProblem::path).containsExactly("$.shipments[20].pinnedLegs[0].lane");
    }
}
