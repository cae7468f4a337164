package id.kombel.membership.notification;

import id.kombel.membership.MembershipTopics;
import id.kombel.membership.community.Communities;
import id.kombel.membership.community.CommunityRejected;
import id.kombel.membership.community.CommunityVerified;
import id.kombel.membership.membership.MemberInvited;
import id.kombel.membership.membership.MemberJoined;
import id.kombel.membership.membership.MembershipDeclined;
import id.kombel.membership.membership.MembershipRequested;
import id.kombel.platform.events.EventMetadata;
import java.util.Map;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Tells members what happened to them in their communities: an invitation, a request accepted or
 * declined, their proposed community verified or rejected; and tells a community's lead and co-leads
 * that someone asks to join. Its own consumer group, because another
 * listener of this service (membership's reconciliation) reads the same topics and listeners sharing
 * a group split the partitions between them.
 */
@Component
@KafkaListener(
        topics = {MembershipTopics.MEMBERSHIP, MembershipTopics.COMMUNITY},
        groupId = "${spring.kafka.consumer.group-id}.notifications")
class MembershipNotifications {

    private final Inbox inbox;
    private final Communities communities;

    MembershipNotifications(Inbox inbox, Communities communities) {
        this.inbox = inbox;
        this.communities = communities;
    }

    /**
     * The leadership as it is when the request is read: a co-lead appointed since the request was made
     * decides it too, one released no longer does.
     */
    @KafkaHandler
    void on(MembershipRequested event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        communities.find(event.communityId()).ifPresent(community -> {
            Map<String, String> params = Map.of(
                    "communityId", community.id(), "communityName", community.name(), "memberId", event.memberId());
            inbox.deliver(metadata.id(), community.leadId(), NotificationType.JOIN_REQUESTED, params);
            community
                    .coLeadIds()
                    .forEach(coLead -> inbox.deliver(metadata.id(), coLead, NotificationType.JOIN_REQUESTED, params));
        });
    }

    @KafkaHandler
    void on(MemberInvited event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        inbox.deliver(
                metadata.id(),
                event.memberId(),
                NotificationType.INVITED_TO_COMMUNITY,
                Map.of("communityId", event.communityId(), "role", event.role().name()));
    }

    @KafkaHandler
    void on(MemberJoined event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        if (event.by() != null && !event.by().equals(event.memberId())) {
            inbox.deliver(
                    metadata.id(),
                    event.memberId(),
                    NotificationType.MEMBERSHIP_ACCEPTED,
                    Map.of("communityId", event.communityId()));
        }
    }

    @KafkaHandler
    void on(MembershipDeclined event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        if (event.by() != null && !event.by().equals(event.memberId())) {
            inbox.deliver(
                    metadata.id(),
                    event.memberId(),
                    NotificationType.MEMBERSHIP_DECLINED,
                    Map.of("communityId", event.communityId()));
        }
    }

    @KafkaHandler
    void on(CommunityVerified event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        Map<String, String> params = Map.of("communityId", event.communityId(), "communityName", event.name());
        inbox.deliver(metadata.id(), event.leadId(), NotificationType.COMMUNITY_VERIFIED, params);
        event.coLeadIds()
                .forEach(coLead -> inbox.deliver(metadata.id(), coLead, NotificationType.COMMUNITY_VERIFIED, params));
    }

    @KafkaHandler
    void on(CommunityRejected event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        inbox.deliver(
                metadata.id(),
                event.leadId(),
                NotificationType.COMMUNITY_REJECTED,
                Map.of("communityId", event.communityId(), "communityName", event.name(), "reason", event.reason()));
    }

    /** The topics' other events concern no inbox. */
    @KafkaHandler(isDefault = true)
    void ignore(Object otherEvent) {
        // deliberately nothing: without a default handler they would be retried and dead-lettered
    }
}
