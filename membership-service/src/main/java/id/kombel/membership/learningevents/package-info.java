/**
 * learning-service's events as membership-service reads them (contracts.md): its own records with the
 * producer's wire names and only the fields it uses, so the producer may add fields freely. The
 * inbox and the engagement profile consume them.
 */
@NullMarked
package id.kombel.membership.learningevents;

import org.jspecify.annotations.NullMarked;
