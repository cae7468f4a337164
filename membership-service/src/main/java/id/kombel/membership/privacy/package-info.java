/**
 * Members' personal data requests: the export archive assembled from every service's answer, and
 * erasure (sign-in refused at once, every service confirms, completion recorded). The mechanism
 * every service answers with is the platform's ({@code id.kombel.platform.privacy}); this package
 * asks, collects and serves.
 */
@NullMarked
package id.kombel.membership.privacy;

import org.jspecify.annotations.NullMarked;
