/**
 * Learning communities (kombel): proposed by a member who becomes their lead, verified by their
 * region's admin once they have two co-leads, described and archived by their leads. The community
 * holds its leadership (a lead and a few co-leads), never its members: those are memberships, each an
 * aggregate of its own in the {@code membership} package, which uses {@link
 * id.kombel.membership.community.Communities} to read communities and change their leadership.
 */
@NullMarked
package id.kombel.membership.community;

import org.jspecify.annotations.NullMarked;
