package id.kombel.membership.notification;

import id.kombel.membership.MembershipTopics;
import id.kombel.membership.member.MemberRegistered;
import id.kombel.membership.region.RegionView;
import id.kombel.membership.region.Regions;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Quiet hours and digests follow a member's local time: when a member registers, their inbox takes
 * the time zone of their region.
 */
@Component
@KafkaListener(topics = MembershipTopics.MEMBER)
class MemberEvents {

    private final NotificationSettings settings;
    private final Regions regions;

    MemberEvents(NotificationSettings settings, Regions regions) {
        this.settings = settings;
        this.regions = regions;
    }

    /** The topic's other events (profile updates, admin appointments) concern no inbox. */
    @KafkaHandler(isDefault = true)
    void ignore(Object otherEvent) {
        // deliberately nothing: without a default handler they would be retried and dead-lettered
    }

    @KafkaHandler
    void on(MemberRegistered event) {
        if (event.regionId() != null) {
            regions.find(event.regionId())
                    .map(RegionView::zone)
                    .ifPresent(zone -> settings.useZone(event.memberId(), zone));
        }
    }
}
