package id.kombel.membership.community;

import id.kombel.platform.events.AggregateStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The community lookup and leadership changes other features of this service use. Leadership changes
 * take the {@link CommunityView} the caller authorized against and apply only to that version, so a
 * decision made on what a lead saw is never applied to a community that changed meanwhile (409).
 */
@Service
public class Communities {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    Communities(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    public Optional<CommunityView> find(String communityId) {
        return store.findById(communityId, Community.class).map(CommunityView::of);
    }

    /** The community; 404 when it does not exist. */
    public CommunityView require(String communityId) {
        return find(communityId).orElseThrow(() -> new CommunityNotFoundException(communityId));
    }

    /** The communities with these ids that exist, by id (at most a page of them). */
    public Map<String, CommunityView> findAll(Collection<String> communityIds) {
        return mongo.find(new Query(Criteria.where("_id").in(communityIds)), Community.class).stream()
                .map(CommunityView::of)
                .collect(Collectors.toMap(CommunityView::id, Function.identity()));
    }

    /**
     * Every community of the region, counted by status and type. One query on {@code status} (all of
     * them, so the {@code status_region_name} index serves it) and {@code regionId}, reading only ids,
     * status and type: a region holds hundreds or a few thousand communities, not more.
     */
    public RegionCommunities inRegion(String regionId) {
        Query query = new Query(Criteria.where("status")
                .in(java.util.Arrays.stream(CommunityStatus.values())
                        .map(Enum::name)
                        .toList())
                .and("regionId")
                .is(regionId));
        query.fields().include("_id", "status", "type");
        Map<CommunityStatus, Map<CommunityType, Long>> counts = new EnumMap<>(CommunityStatus.class);
        List<String> ids = new ArrayList<>();
        List<String> activeIds = new ArrayList<>();
        mongo.getCollection("communities")
                .find(query.getQueryObject())
                .projection(query.getFieldsObject())
                .forEach(community -> {
                    CommunityStatus status = CommunityStatus.valueOf(community.getString("status"));
                    CommunityType type = CommunityType.valueOf(community.getString("type"));
                    counts.computeIfAbsent(status, any -> new EnumMap<>(CommunityType.class))
                            .merge(type, 1L, Long::sum);
                    ids.add(community.getString("_id"));
                    if (status == CommunityStatus.ACTIVE) {
                        activeIds.add(community.getString("_id"));
                    }
                });
        return new RegionCommunities(counts, ids, activeIds);
    }

    public CommunityView appointCoLead(CommunityView asRead, String memberId) {
        return change(asRead, community -> community.appointCoLead(memberId));
    }

    public CommunityView releaseCoLead(CommunityView asRead, String memberId) {
        return change(asRead, community -> community.releaseCoLead(memberId));
    }

    public CommunityView handOverLead(CommunityView asRead, String newLeadId) {
        return change(asRead, community -> community.handOverLead(newLeadId));
    }

    private CommunityView change(CommunityView asRead, Predicate<Community> change) {
        Community community = store.findById(asRead.id(), Community.class)
                .orElseThrow(() -> new CommunityNotFoundException(asRead.id()));
        if (community.version() != asRead.version()) {
            throw new OptimisticLockingFailureException(
                    "community %s changed since version %d".formatted(asRead.id(), asRead.version()));
        }
        if (change.test(community)) {
            store.update(community);
        }
        return CommunityView.of(community);
    }
}
