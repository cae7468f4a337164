package id.kombel.platform.web;

import id.kombel.platform.privacy.PersonalDataContributor;
import org.jspecify.annotations.Nullable;

/**
 * Idempotency records in every service with the platform: their stored responses can hold what a
 * member sent or was answered (a registration's name and email, a created item), so a member's erasure
 * deletes the records they made and those whose response names them. Nothing to export: a record is
 * a copy of a response, and what it says is in the service's own parts; a retry after the erasure runs
 * the request again, with the member's token already refused.
 */
class IdempotencyPersonalData implements PersonalDataContributor {

    private final IdempotencyKeys keys;

    IdempotencyPersonalData(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "idempotencyRecords";
    }

    @Override
    public @Nullable Object export(String memberId) {
        return null;
    }

    @Override
    public void erase(String memberId) {
        keys.forgetMember(memberId);
    }
}
