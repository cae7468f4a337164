/**
 * Regions: the education offices (Dinas Pendidikan) that run learning communities, each with the
 * time zone its schedules and reports use. Created and maintained by platform admins.
 */
@NullMarked
package id.kombel.membership.region;

import org.jspecify.annotations.NullMarked;
