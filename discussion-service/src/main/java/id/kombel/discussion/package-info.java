/** discussion-service. */
@NullMarked
package id.kombel.discussion;

import org.jspecify.annotations.NullMarked;
