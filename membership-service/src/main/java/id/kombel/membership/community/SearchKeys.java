package id.kombel.membership.community;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Portable search over communities without {@code $text} (the in-process store has none): each
 * community stores one array of keys, {@code type:SCHOOL}, {@code level:SMP},
 * {@code subject:matematika} and {@code name:<prefix>} for every prefix of every name token, all
 * lower-case and accent-free. A list query asks for all its keys with {@code $all}, so any
 * combination of filters and keywords is one equality lookup on a multikey index, sorted by the
 * index too. The array stays bounded: names are at most 120 characters.
 */
final class SearchKeys {

    static final int MAX_PREFIX = 30;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{Alnum}]+", Pattern.UNICODE_CHARACTER_CLASS);

    private SearchKeys() {}

    /** Lower-case, accent-free text with single spaces: "Guru  Matématika" -> "guru matematika". */
    static String normalize(String text) {
        return String.join(" ", words(text));
    }

    /** The words of a text, lower-case and accent-free. */
    static List<String> words(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return Arrays.stream(SEPARATORS.split(plain))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    static List<String> of(
            String name, CommunityType type, Collection<String> subjects, Collection<EducationLevel> levels) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(type(type));
        levels.forEach(level -> keys.add(level(level)));
        subjects.forEach(subject -> keys.add(subject(subject)));
        for (String word : words(name)) {
            for (int length = 1; length <= Math.min(word.length(), MAX_PREFIX); length++) {
                keys.add("name:" + word.substring(0, length));
            }
        }
        return List.copyOf(keys);
    }

    static String type(CommunityType type) {
        return "type:" + type.name();
    }

    static String level(EducationLevel level) {
        return "level:" + level.name();
    }

    static String subject(String subject) {
        return "subject:" + normalize(subject);
    }

    /** The keys that find names with a word starting with each keyword. */
    static List<String> keywords(String query) {
        List<String> keys = new ArrayList<>();
        for (String word : words(query)) {
            keys.add("name:" + word.substring(0, Math.min(word.length(), MAX_PREFIX)));
        }
        return keys;
    }
}
