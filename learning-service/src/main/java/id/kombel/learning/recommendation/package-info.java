/**
 * Recommendations for a problem posted in discussion-service: matching resources of the problem's
 * community or region, and upcoming activities, stored per problem and announced once.
 */
@NullMarked
package id.kombel.learning.recommendation;

import org.jspecify.annotations.NullMarked;
