package io.transitplanner.rest.dto;

import io.transitplanner.domain.AuditEvent;
import io.transitplanner.domain.ResultPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of the audit trail, newest first.")
public record AuditPageResponse(List<AuditEventResponse> items, int page, int size, long total) {

    public static AuditPageResponse from(ResultPage<AuditEvent> page) {
        return new AuditPageResponse(
                page.items().stream().map(AuditEventResponse::from).toList(), page.page(), page.size(), page.total());
    }
}
