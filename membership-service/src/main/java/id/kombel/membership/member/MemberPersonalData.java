package id.kombel.membership.member;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.kombel.platform.privacy.PersonalDataContributor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The member's account and profile. Erasure deletes the member's document: nothing else in this
 * service keeps a profile, and the tombstone keeps replayed events from recreating one.
 */
@Component
class MemberPersonalData implements PersonalDataContributor {

    private final MongoTemplate mongo;

    MemberPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public @Nullable Object export(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, Member.class))
                .map(ProfileExport::of)
                .orElse(null);
    }

    @Override
    public void erase(String memberId) {
        mongo.remove(query(where("_id").is(memberId)), Member.class);
    }

    /** Everything the account holds except the password hash and the sign-in counters. */
    record ProfileExport(
            String memberId,
            String email,
            @Nullable String regionId,
            String name,
            @Nullable String school,
            List<String> subjects,
            List<Level> levels,
            @Nullable EducatorType educatorType,
            Map<DigitalPlatform, Integer> digitalSkills,
            Privacy privacy,
            List<String> roles,
            List<String> adminRegions,
            Instant registeredAt) {

        static ProfileExport of(Member member) {
            Profile profile = member.profile();
            return new ProfileExport(
                    member.id(),
                    member.email(),
                    member.regionId(),
                    profile.name(),
                    profile.school(),
                    profile.subjects(),
                    profile.levels(),
                    profile.educatorType(),
                    profile.digitalSkills(),
                    profile.privacy(),
                    member.roles().stream().map(Enum::name).sorted().toList(),
                    member.adminRegions(),
                    member.registeredAt());
        }
    }
}
