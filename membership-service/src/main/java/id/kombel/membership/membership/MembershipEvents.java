package id.kombel.membership.membership;

import id.kombel.membership.MembershipTopics;
import id.kombel.membership.community.CommunityLeadershipChanged;
import id.kombel.membership.community.CommunityProposed;
import id.kombel.platform.events.EventMetadata;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * This service's own community and membership events, read back to finish what their first write
 * started: memberships follow leadership changes ({@link Leadership}) and every membership change
 * enters the history ({@link MembershipHistory}).
 *
 * <p>It reads in a consumer group of its own: other listeners of this service on the same topics
 * (notifications, for instance) would otherwise share the topics' partitions with it, and each would
 * see only part of the events.
 */
@Component
@KafkaListener(
        topics = {MembershipTopics.COMMUNITY, MembershipTopics.MEMBERSHIP},
        groupId = "${spring.kafka.consumer.group-id}.memberships")
class MembershipEvents {

    private final Leadership leadership;
    private final MembershipHistory history;

    MembershipEvents(Leadership leadership, MembershipHistory history) {
        this.leadership = leadership;
        this.history = history;
    }

    @KafkaHandler
    void on(CommunityProposed event) {
        leadership.reconcile(event.communityId(), null);
    }

    @KafkaHandler
    void on(CommunityLeadershipChanged event) {
        leadership.reconcile(event.communityId(), null);
    }

    @KafkaHandler
    void on(MembershipEvent event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        history.record(event, metadata);
        if (leadership.isAffectedBy(event)) {
            leadership.reconcile(event.communityId(), null);
        }
    }

    /** The other community events change nothing here. */
    @KafkaHandler(isDefault = true)
    void ignore(Object event) {}
}
