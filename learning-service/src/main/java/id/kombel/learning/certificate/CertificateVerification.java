package id.kombel.learning.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a certificate attests: who (the member's id; this service holds no names), what activity, when,
 * how many learning hours, and which community and region issued it.
 */
record CertificateVerification(
        String code,
        boolean valid,
        String memberId,
        String activityId,
        String activityTitle,
        LocalDate heldOn,
        int jp,
        int minutes,
        List<String> competencies,
        String communityId,
        @Nullable String communityName,
        String regionId,
        @Nullable String regionName,
        Instant issuedAt) {}
