/**
 * Learning communities (kombel): proposed by a member, verified by their region's admin, then run by a
 * lead and co-leads. This package holds the aggregate, its events, its API and its persistence.
 */
@NullMarked
package id.kombel.membership.community;

import org.jspecify.annotations.NullMarked;
