/**
 * A region's learning insights for its admins and platform admins (the gateway's region dashboard):
 * one JSON object assembled from every {@link id.kombel.learning.insights.RegionInsightsPart} bean,
 * each under its own name.
 */
@NullMarked
package id.kombel.learning.insights;

import org.jspecify.annotations.NullMarked;
