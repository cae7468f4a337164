/**
 * Moderation shared by the content features: members' flags (aggregates of their own), and the
 * hidden state and events that problems, solutions and replies embed and raise.
 */
@NullMarked
package id.kombel.discussion.moderation;

import org.jspecify.annotations.NullMarked;
