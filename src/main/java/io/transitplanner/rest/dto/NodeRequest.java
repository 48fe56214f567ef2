package io.transitplanner.rest.dto;

import io.transitplanner.domain.Node;
import io.transitplanner.domain.NodeKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A node of the network. On update the code may be left out (it cannot change) and the version "
                + "is required.")
public record NodeRequest(
        @Schema(example = "ULY") @Pattern(regexp = Formats.NODE_CODE, message = Formats.NODE_CODE_TEXT) String code,
        @Schema(example = "Ulyanovsk-Vostochny hub") @NotBlank @Size(max = 200) String name,
        @Schema(example = "RU") @NotNull @Pattern(regexp = Formats.COUNTRY, message = Formats.COUNTRY_TEXT)
                String country,
        @NotNull NodeKind kind,
        @Schema(example = "54.4") @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @Schema(example = "48.8") @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
        @Schema(description = "Minimum hours between arriving and departing again; 0 when left out", example = "12")
                @Min(0)
                @Max(8760)
                Integer handlingHours,
        @Schema(description = "Most TEU departing per UTC day; left out for unlimited", nullable = true)
                @Min(0)
                @Max(1_000_000)
                Integer throughputTeuPerDay,
        @Size(max = 2000) String note,
        @Schema(description = "Required on update: the version the change is based on", nullable = true) Long version) {

    public Node toNode(String nodeCode) {
        return new Node(
                nodeCode,
                name,
                country,
                kind,
                lat,
                lon,
                handlingHours == null ? 0 : handlingHours,
                throughputTeuPerDay,
                note);
    }
}
