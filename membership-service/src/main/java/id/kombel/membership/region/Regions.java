package id.kombel.membership.region;

import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ConflictException;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.NotFoundException;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Region use cases, and the lookup other features of this service use. */
@Service
public class Regions {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    Regions(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    /** The region, if it exists. */
    public Optional<RegionView> find(String regionId) {
        return store.findById(regionId, Region.class).map(RegionView::of);
    }

    /** The region; 404 when it does not exist. */
    public RegionView require(String regionId) {
        return find(regionId).orElseThrow(() -> new NotFoundException("region", regionId));
    }

    Region create(Caller caller, RegionRequest request) {
        requirePlatformAdmin(caller);
        try {
            return store.insert(Region.create(
                    request.code(), request.name().strip(), request.province().strip(), request.timeZone()));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("region-exists", "region " + request.code() + " exists", request.code());
        }
    }

    Region update(Caller caller, String regionId, @Nullable String ifMatch, RegionUpdate request) {
        requirePlatformAdmin(caller);
        Region region =
                store.findById(regionId, Region.class).orElseThrow(() -> new NotFoundException("region", regionId));
        Versions.checkIfMatch(ifMatch, region.version(), "region", regionId);
        region.update(request.name().strip(), request.province().strip(), request.timeZone());
        return store.update(region);
    }

    Region get(String regionId) {
        return store.findById(regionId, Region.class).orElseThrow(() -> new NotFoundException("region", regionId));
    }

    CursorPage<Region> list(PageRequest page) {
        return Keyset.page(
                mongo, new Criteria(), "_id", Sort.Direction.ASC, page, Region.class, Region::id, Region::id);
    }

    private static void requirePlatformAdmin(Caller caller) {
        if (!caller.isPlatformAdmin()) {
            throw new ForbiddenException(caller.memberId() + " is not a platform admin");
        }
    }
}
