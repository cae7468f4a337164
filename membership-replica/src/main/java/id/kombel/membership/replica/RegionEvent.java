package id.kombel.membership.replica;

/** A region event: each carries the region's whole state. */
sealed interface RegionEvent permits RegionCreated, RegionUpdated {

    String regionId();

    String name();

    String province();

    String timeZone();
}
