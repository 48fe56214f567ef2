package io.transitplanner.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of a plan's manifests, by departure then lane.")
public record ManifestPageResponse(
        List<ManifestDto> items,
        @Schema(description = "Page number, from 0") int page,
        int size,
        @Schema(description = "How many manifests match in all") long total,
        @Schema(nullable = true, description = "The next page's number, null on the last page") Integer next) {}
