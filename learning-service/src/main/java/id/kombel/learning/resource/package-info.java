/**
 * The resources catalog: digital learning resources members share with their community or their
 * community's region, found by keywords and facets, rated, bookmarked and reported when broken.
 */
@NullMarked
package id.kombel.learning.resource;

import org.jspecify.annotations.NullMarked;
