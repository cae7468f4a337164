package id.kombel.learning.registration;

import id.kombel.learning.activity.Activity;
import id.kombel.learning.activity.ActivityCancelled;
import id.kombel.learning.activity.ActivityCompleted;
import id.kombel.learning.activity.ActivityUpdated;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * This service's own activity and registration events, read back to finish what their first write
 * started: a cancelled activity cancels its registrations one by one; a completed one credits its
 * attendees; a changed one moves its registrants' schedules and seats; a cancelled registration frees
 * its seat for the waitlist. Each handler compares current states, so a redelivery changes nothing
 * more, and since the events are never lost, a crash after the first write is repaired here.
 *
 * <p>It reads in a consumer group of its own, so other listeners of this service on these topics get
 * every partition too.
 */
@Component
@KafkaListener(
        topics = {Activity.TOPIC, Registration.TOPIC},
        groupId = "${spring.kafka.consumer.group-id}.registrations")
class RegistrationEvents {

    private final ActivityRegistrations registrations;
    private final Seats seats;
    private final Credits credits;

    RegistrationEvents(ActivityRegistrations registrations, Seats seats, Credits credits) {
        this.registrations = registrations;
        this.seats = seats;
        this.credits = credits;
    }

    @KafkaHandler
    void on(ActivityCancelled event) {
        registrations.cancelAll(event.activityId());
    }

    @KafkaHandler
    void on(ActivityCompleted event) {
        credits.creditAttendees(event);
    }

    @KafkaHandler
    void on(ActivityUpdated event) {
        registrations.follow(event);
        seats.reconcile(event.activityId());
    }

    @KafkaHandler
    void on(RegistrationCancelled event) {
        if (event.reason() == CancellationReason.MEMBER_CANCELLED) {
            seats.reconcile(event.activityId());
        }
    }

    /** The other events change nothing here. */
    @KafkaHandler(isDefault = true)
    void ignore(Object event) {}
}
