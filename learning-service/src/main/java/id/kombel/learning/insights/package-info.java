/** Region insights: the parts each feature contributes to a region's dashboard answer. */
@NullMarked
package id.kombel.learning.insights;

import org.jspecify.annotations.NullMarked;
