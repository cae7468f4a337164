package id.kombel.membership.member;

import java.text.Normalizer;
import java.util.Locale;

/**
 * An email address as typed (for display) and its key (for comparison): Unicode-normalized and
 * lower-cased, so {@code Guru@Sekolah.id} and {@code guru@sekolah.ID} are one account.
 */
record EmailAddress(String address, String key) {

    static EmailAddress of(String typed) {
        String address = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
        return new EmailAddress(address, address.toLowerCase(Locale.ROOT));
    }

    /** The part before the last {@code @}, lower-cased. */
    String localPart() {
        int at = key.lastIndexOf('@');
        return at < 0 ? key : key.substring(0, at);
    }
}
