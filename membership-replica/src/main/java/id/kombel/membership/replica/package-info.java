/**
 * The replica of membership-service's communities (and, as they come, memberships) that learning-
 * and discussion-service keep, each in its own database, built from membership-service's topics and
 * used to authorize their requests. Written once here rather than copied into both services.
 */
@NullMarked
package id.kombel.membership.replica;

import org.jspecify.annotations.NullMarked;
