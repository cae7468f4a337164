/** Problems of a community. The list answers from the community replica until problems are built. */
@NullMarked
package id.kombel.discussion.problem;

import org.jspecify.annotations.NullMarked;
