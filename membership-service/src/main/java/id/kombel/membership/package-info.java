/** membership-service: regions, members and identity, communities and memberships. */
@NullMarked
package id.kombel.membership;

import org.jspecify.annotations.NullMarked;
