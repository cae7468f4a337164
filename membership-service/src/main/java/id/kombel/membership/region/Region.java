package id.kombel.membership.region;

import id.kombel.membership.MembershipTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An education office's region. Its id is its code (for example {@code kota-bandung}): stable,
 * readable in URLs and unique by construction.
 */
@Document("regions")
@AggregateTopic(MembershipTopics.REGION)
class Region extends AggregateRoot {

    private String name;
    private String province;
    private TimeZoneCode timeZone;

    @PersistenceCreator
    Region() {}

    private Region(String code, String name, String province, TimeZoneCode timeZone) {
        super(code);
        this.name = name;
        this.province = province;
        this.timeZone = timeZone;
    }

    static Region create(String code, String name, String province, TimeZoneCode timeZone) {
        Region region = new Region(code, name, province, timeZone);
        region.raise(new RegionCreated(code, name, province, timeZone.name()));
        return region;
    }

    void update(String newName, String newProvince, TimeZoneCode newTimeZone) {
        if (name.equals(newName) && province.equals(newProvince) && timeZone == newTimeZone) {
            return;
        }
        this.name = newName;
        this.province = newProvince;
        this.timeZone = newTimeZone;
        raise(new RegionUpdated(id(), name, province, timeZone.name()));
    }

    String name() {
        return name;
    }

    String province() {
        return province;
    }

    TimeZoneCode timeZone() {
        return timeZone;
    }
}
