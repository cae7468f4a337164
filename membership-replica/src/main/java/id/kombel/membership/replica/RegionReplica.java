package id.kombel.membership.replica;

import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What this service knows of a region (an education office), as of {@code sourceVersion}. */
@Document(RegionReplica.COLLECTION)
public record RegionReplica(@Id String id, String name, String province, String timeZone, long sourceVersion) {

    static final String COLLECTION = "region_replicas";

    /** The region's clock: schedules, due dates and periods are read in it. */
    public ZoneId zone() {
        return switch (timeZone) {
            case "WITA" -> ZoneId.of("Asia/Makassar");
            case "WIT" -> ZoneId.of("Asia/Jayapura");
            default -> ZoneId.of("Asia/Jakarta");
        };
    }
}
