package id.kombel.learning.member;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What this service knows of a member: the display name, as of {@code sourceVersion}. */
@Document(MemberReplica.COLLECTION)
record MemberReplica(@Id String id, String name, long sourceVersion) {

    static final String COLLECTION = "member_replicas";
}
