package id.kombel.discussion.problem;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Portable search over problems without {@code $text} (the in-process store has none): each problem
 * stores one array of keys and a list query asks for all of its keys with {@code $all}, so every
 * combination of filters and keywords is an equality lookup on the multikey indexes of {@link Problem}.
 *
 * <p>Keys: {@code visible} while not hidden (every list asks for it, so hidden problems leave lists
 * and search), {@code status:}, {@code category:}, {@code level:}, {@code subject:}, {@code tag:},
 * and {@code word:} for every word of the description and every prefix (from 3 letters) of the words
 * of the title and tags. Words are lower-case and accent-free, so "Motivasi", "MOTIVASI" and
 * "motivási" meet; Indonesian and English words are alike to it. The array is bounded by the
 * lengths of title, description and tags.
 */
final class SearchKeys {

    static final String VISIBLE = "visible";
    static final int MIN_PREFIX = 3;
    static final int MAX_WORD = 30;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{Alnum}]+", Pattern.UNICODE_CHARACTER_CLASS);

    private SearchKeys() {}

    static List<String> of(Problem problem) {
        Set<String> keys = new LinkedHashSet<>();
        if (!problem.hidden()) {
            keys.add(VISIBLE);
        }
        keys.add(status(problem.status()));
        keys.add(category(problem.category()));
        if (problem.level() != null) {
            keys.add(level(problem.level()));
        }
        if (problem.subject() != null) {
            keys.add(subject(problem.subject()));
            words(problem.subject()).forEach(word -> prefixes(word, keys));
        }
        for (String tag : problem.tags()) {
            keys.add(tag(tag));
            words(tag).forEach(word -> prefixes(word, keys));
        }
        words(problem.title()).forEach(word -> prefixes(word, keys));
        words(problem.description()).forEach(word -> keys.add("word:" + clip(word)));
        return List.copyOf(keys);
    }

    /** The keys a search asks for: visible, each filter given, each keyword. */
    static List<String> query(
            @Nullable ProblemStatus status,
            @Nullable Category category,
            @Nullable SchoolLevel level,
            @Nullable String subject,
            @Nullable String tag,
            @Nullable String keywords) {
        List<String> keys = new ArrayList<>();
        keys.add(VISIBLE);
        if (status != null) {
            keys.add(status(status));
        }
        if (category != null) {
            keys.add(category(category));
        }
        if (level != null) {
            keys.add(level(level));
        }
        if (subject != null && !subject.isBlank()) {
            keys.add(subject(subject));
        }
        if (tag != null && !tag.isBlank()) {
            keys.add(tag(tag));
        }
        if (keywords != null) {
            words(keywords).forEach(word -> keys.add("word:" + clip(word)));
        }
        return keys;
    }

    /** Lower-case, accent-free text with single spaces: "Guru  Matématika" -> "guru matematika". */
    static String normalize(String text) {
        return String.join(" ", words(text));
    }

    static List<String> words(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return Arrays.stream(SEPARATORS.split(plain))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static void prefixes(String word, Set<String> keys) {
        String clipped = clip(word);
        for (int length = Math.min(MIN_PREFIX, clipped.length()); length <= clipped.length(); length++) {
            keys.add("word:" + clipped.substring(0, length));
        }
    }

    private static String clip(String word) {
        return word.substring(0, Math.min(word.length(), MAX_WORD));
    }

    static String status(ProblemStatus status) {
        return "status:" + status.name();
    }

    static String category(Category category) {
        return "category:" + category.name();
    }

    static String level(SchoolLevel level) {
        return "level:" + level.name();
    }

    static String subject(String subject) {
        return "subject:" + normalize(subject);
    }

    static String tag(String tag) {
        return "tag:" + normalize(tag);
    }
}
