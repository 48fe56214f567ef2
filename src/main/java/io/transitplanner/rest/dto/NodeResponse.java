package io.transitplanner.rest.dto;

import io.transitplanner.domain.Node;
import io.transitplanner.domain.NodeKind;
import io.transitplanner.domain.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A node of the network.")
public record NodeResponse(
        String code,
        String name,
        String country,
        NodeKind kind,
        double lat,
        double lon,
        int handlingHours,
        @Schema(nullable = true) Integer throughputTeuPerDay,
        @Schema(nullable = true) String note,
        long version) {

    public static NodeResponse from(Versioned<Node> v) {
        Node n = v.value();
        return new NodeResponse(
                n.code(),
                n.name(),
                n.country(),
                n.kind(),
                n.lat(),
                n.lon(),
                n.handlingHours(),
                n.throughputTeuPerDay(),
                n.note(),
                v.version());
    }
}
