package id.kombel.learning.record;

import id.kombel.learning.registration.Registration;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.NotFoundException;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** Attendees' feedback, kept on their registration (once each: the registration refuses a second). */
@Service
class Feedback {

    private final AggregateStore store;
    private final Clock clock;

    Feedback(AggregateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void give(Caller caller, String activityId, int rating, String comment) {
        Registration registration = store.findById(Registration.idOf(activityId, caller.memberId()), Registration.class)
                .orElseThrow(() -> new NotFoundException("registration", activityId));
        registration.giveFeedback(rating, comment, clock.instant());
        store.update(registration);
    }
}
