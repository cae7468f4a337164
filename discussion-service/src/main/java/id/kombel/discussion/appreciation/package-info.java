/** Appreciation ("terima kasih"): short encouragement for a peer's problem, solution or trial outcome. */
@NullMarked
package id.kombel.discussion.appreciation;

import org.jspecify.annotations.NullMarked;
