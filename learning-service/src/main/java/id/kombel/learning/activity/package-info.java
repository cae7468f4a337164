/** Activitys of a community. The list answers from the community replica until activitys are built. */
@NullMarked
package id.kombel.learning.activity;

import org.jspecify.annotations.NullMarked;
