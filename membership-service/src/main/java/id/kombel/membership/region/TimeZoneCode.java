package id.kombel.membership.region;

import java.time.ZoneId;

/** Indonesia's three time zones, as offices and teachers name them. */
public enum TimeZoneCode {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private final ZoneId zone;

    TimeZoneCode(String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
