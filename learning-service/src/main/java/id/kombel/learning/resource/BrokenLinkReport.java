package id.kombel.learning.resource;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One member's report that a resource's link is broken (id {@code <resourceId>:<memberId>}: once each). */
@Document(BrokenLinkReport.COLLECTION)
@CompoundIndex(name = "resource", def = "{'resourceId': 1}")
@CompoundIndex(name = "member", def = "{'memberId': 1}")
record BrokenLinkReport(@Id String id, String resourceId, String memberId, Instant reportedAt) {

    static final String COLLECTION = "resource_reports";

    static String idOf(String resourceId, String memberId) {
        return resourceId + ":" + memberId;
    }
}
