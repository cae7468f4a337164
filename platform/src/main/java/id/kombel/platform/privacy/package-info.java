/**
 * Personal data export and erasure (UU 27/2022), written once for every service.
 *
 * <p>membership-service asks on {@value id.kombel.platform.privacy.PrivacyTopics#REQUESTS}; {@link
 * id.kombel.platform.privacy.PrivacyRequests} runs the service's {@link
 * id.kombel.platform.privacy.PersonalDataContributor}s and answers through the outbox on the
 * service's own {@code <service>.privacy} topic. {@link id.kombel.platform.privacy.ErasedMembers}
 * keeps the tombstones every consumer, replica write and token check consults, so that events
 * replayed after an erasure do not bring the member back.
 */
@NullMarked
package id.kombel.platform.privacy;

import org.jspecify.annotations.NullMarked;
