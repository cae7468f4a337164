/** learning-service. */
@NullMarked
package id.kombel.learning;

import org.jspecify.annotations.NullMarked;
