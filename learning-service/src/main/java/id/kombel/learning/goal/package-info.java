/** Personal learning goals with a target date and progress; reaching 100% is an achievement. */
@NullMarked
package id.kombel.learning.goal;

import org.jspecify.annotations.NullMarked;
