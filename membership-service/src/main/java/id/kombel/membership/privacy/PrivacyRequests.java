package id.kombel.membership.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Request and response records of the privacy endpoints. */
final class PrivacyRequests {

    private PrivacyRequests() {}

    /** Erasure is irreversible: the member confirms with their password. */
    /** A password that is not Unicode text (an unpaired surrogate) is invalid input, as at sign-in. */
    record ErasureRequestBody(
            @NotBlank @Size(max = 128) @Pattern(regexp = "\\P{Cs}*")
            String password) {}

    record ExportResponse(
            String id,
            ExportStatus status,
            Instant requestedAt,
            Instant expiresAt,
            List<String> received,
            List<String> pending) {

        static ExportResponse of(ExportRequest request, Instant now) {
            ExportStatus status = request.status(now);
            return new ExportResponse(
                    request.id(),
                    status,
                    request.requestedAt(),
                    request.expiresAt(),
                    request.received(),
                    status == ExportStatus.EXPIRED ? List.of() : request.pending());
        }
    }

    /** Status only: who was erased and what was held stay untold. */
    record ErasureResponse(
            String id,
            String status,
            Instant requestedAt,
            @Nullable Instant completedAt,
            List<String> confirmed,
            List<String> pending) {

        static ErasureResponse of(ErasureRequest request) {
            return new ErasureResponse(
                    request.id(),
                    request.isComplete() ? "COMPLETED" : "IN_PROGRESS",
                    request.requestedAt(),
                    request.completedAt(),
                    request.confirmed(),
                    request.pending());
        }
    }

    /** What a region admin sees: that an erasure happened in the region, when, and whether it is done. */
    record ErasureRecord(
            @Nullable String regionId,
            String status,
            Instant requestedAt,
            @Nullable Instant completedAt) {

        static ErasureRecord of(ErasureRequest request) {
            return new ErasureRecord(
                    request.regionId(),
                    request.isComplete() ? "COMPLETED" : "IN_PROGRESS",
                    request.requestedAt(),
                    request.completedAt());
        }
    }
}
