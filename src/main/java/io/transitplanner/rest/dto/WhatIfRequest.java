package io.transitplanner.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A what-if: a copy of the live network, rules and shipments under a name, with changes.")
public record WhatIfRequest(
        @Schema(description = "Unique among what-ifs", example = "Termez closed") @NotBlank @Size(max = 120)
                String name,
        @Schema(nullable = true) @Size(max = 2000) String description,
        @Schema(nullable = true, description = "Left out: an unchanged copy") @Valid WhatIfChangesDto changes) {}
