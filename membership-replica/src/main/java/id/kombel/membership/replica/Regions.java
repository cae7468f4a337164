package id.kombel.membership.replica;

import id.kombel.platform.events.ReplicaWriter;
import id.kombel.platform.web.NotFoundException;
import java.time.ZoneId;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The region replica: written from membership-service's region events, read for time zones. */
public class Regions {

    private final ReplicaWriter replicas;
    private final MongoTemplate mongo;

    public Regions(ReplicaWriter replicas, MongoTemplate mongo) {
        this.replicas = replicas;
        this.mongo = mongo;
    }

    void replicate(RegionEvent event, long version) {
        Document state = new Document("name", event.name())
                .append("province", event.province())
                .append("timeZone", event.timeZone());
        replicas.upsert(RegionReplica.COLLECTION, event.regionId(), version, state);
    }

    public Optional<RegionReplica> find(String regionId) {
        return Optional.ofNullable(mongo.findById(regionId, RegionReplica.class));
    }

    /** The region as this service knows it; 404 when it never heard of it. */
    public RegionReplica require(String regionId) {
        return find(regionId).orElseThrow(() -> new NotFoundException("region", regionId));
    }

    /** The region's time zone; 404 when the region is unknown here (never guessed). */
    public ZoneId zoneOf(String regionId) {
        return require(regionId).zone();
    }
}
