/** Region insights on problem solving for the gateway's region dashboard. */
@NullMarked
package id.kombel.discussion.insights;

import org.jspecify.annotations.NullMarked;
