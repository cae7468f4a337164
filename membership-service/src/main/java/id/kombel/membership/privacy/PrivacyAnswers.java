package id.kombel.membership.privacy;

import id.kombel.membership.MembershipTopics;
import id.kombel.platform.privacy.MemberDataErased;
import id.kombel.platform.privacy.PersonalDataExported;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every service's answers. A group of its own: the platform's request listener reads
 * membership.privacy too, and sharing a group would split the topic's partitions between them.
 */
@Component
@KafkaListener(
        topics = {MembershipTopics.PRIVACY, MembershipTopics.LEARNING_PRIVACY, MembershipTopics.DISCUSSION_PRIVACY},
        groupId = "${spring.kafka.consumer.group-id}.privacy-answers")
class PrivacyAnswers {

    private final PrivacyLedger ledger;

    PrivacyAnswers(PrivacyLedger ledger) {
        this.ledger = ledger;
    }

    @KafkaHandler
    void on(PersonalDataExported answer) {
        ledger.exported(answer);
    }

    @KafkaHandler
    void on(MemberDataErased answer) {
        ledger.erased(answer);
    }

    /** The requests themselves travel on membership.privacy too. */
    @KafkaHandler(isDefault = true)
    void ignore(Object request) {
        // deliberately nothing
    }
}
