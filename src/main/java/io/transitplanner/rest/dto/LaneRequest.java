package io.transitplanner.rest.dto;

import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Mode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A scheduled service between two nodes. On update the code may be left out (it cannot "
                + "change) and the version is required.")
public record LaneRequest(
        @Schema(example = "BAG-ULY-AIR") @Pattern(regexp = Formats.LANE_CODE, message = Formats.LANE_CODE_TEXT)
                String code,
        @Schema(example = "BAG") @NotNull @Pattern(regexp = Formats.NODE_CODE, message = Formats.NODE_CODE_TEXT)
                String from,
        @Schema(example = "ULY") @NotNull @Pattern(regexp = Formats.NODE_CODE, message = Formats.NODE_CODE_TEXT)
                String to,
        @NotNull Mode mode,
        @Schema(example = "6") @NotNull @Min(1) @Max(8760) Integer transitHours,
        @Schema(example = "8") @NotNull @Min(1) @Max(1_000_000) Integer capacityTeu,
        @Schema(example = "110", nullable = true) @Positive @DecimalMax("10000000") Double capacityTons,
        @Schema(description = "US dollars per TEU", example = "14000") @NotNull @Min(0) @Max(100_000_000)
                Integer costPerTeu,
        @Schema(description = "Countries crossed besides those of the two ends", example = "[\"UZ\", \"KZ\"]")
                @Size(max = 50)
                List<@NotNull @Pattern(regexp = Formats.COUNTRY, message = Formats.COUNTRY_TEXT) String> transits,
        @NotNull @Valid ScheduleDto schedule,
        @Size(max = 2000) String note,
        @Schema(description = "Required on update: the version the change is based on", nullable = true) Long version) {

    public Lane toLane(String laneCode) {
        return new Lane(
                laneCode,
                from,
                to,
                mode,
                transitHours,
                capacityTeu,
                capacityTons,
                costPerTeu,
                transits == null ? List.of() : transits,
                schedule.toSchedule(),
                note);
    }
}
