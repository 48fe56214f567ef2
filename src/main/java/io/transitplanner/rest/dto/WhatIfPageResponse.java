package io.transitplanner.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of what-ifs, newest first.")
public record WhatIfPageResponse(
        List<WhatIfResponse> items,
        @Schema(description = "Page number, from 0") int page,
        int size,
        @Schema(description = "How many what-ifs there are") long total) {}
