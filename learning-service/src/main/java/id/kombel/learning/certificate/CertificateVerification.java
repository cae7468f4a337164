package id.kombel.learning.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a certificate attests: who holds it (the member's id and display name), what activity, when,
 * how many learning hours, and which community and region issued it. After the holder was erased the
 * certificate still verifies: {@code memberId} is {@code former-member}, {@code holderName} is null and
 * {@code holderErased} is true.
 *
 * @param holderName the holder's display name from membership-service's member events; null while this
 *     service has not received it yet, and for ever once the holder was erased
 * @param holderErased whether the holder asked to be erased (the name is then gone, not late)
 */
record CertificateVerification(
        String code,
        boolean valid,
        String memberId,
        // written as null rather than left out (the platform leaves nulls out): "no name" is part of the answer
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String holderName,
        boolean holderErased,
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
