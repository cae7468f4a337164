/**
 * discussion-service's events as membership-service reads them (contracts.md): its own records with
 * the producer's wire names and only the fields it uses. None of them reads who accepted a solution or
 * who gave an appreciation: the actor may be the anonymous author of a problem, and what is never read
 * cannot reach an inbox.
 */
@NullMarked
package id.kombel.membership.discussionevents;

import org.jspecify.annotations.NullMarked;
