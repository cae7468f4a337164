/**
 * Region insights for the education office's dashboard (the gateway's region dashboard asks every
 * service for its part): the region's communities, their members, new memberships per month and
 * proposals waiting for verification. For the region's admins and platform admins only.
 */
@NullMarked
package id.kombel.membership.insights;

import org.jspecify.annotations.NullMarked;
