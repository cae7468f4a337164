package id.kombel.learning.resource;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Portable search over resources without {@code $text} (the in-process store has none): each
 * resource stores one array of keys, {@code platform:YOUTUBE}, {@code kind:VIDEO}, {@code level:SD},
 * {@code subject:matematika}, {@code tag:literasi} and {@code word:<w>} for every word of its title,
 * description, tags and subjects, all lower-case and accent-free. A query asks for all its keys with
 * {@code $all} (filters and keywords alike), so any combination is one lookup on the multikey index
 * {@code (audience, searchKeys, sharedAt, _id)}. Whole words only: prefixes of every description word
 * would grow the array far beyond what a search needs. The array is bounded by the field limits.
 */
public final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{Alnum}]+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Words too common in Indonesian or English to tell resources apart. */
    private static final Set<String> STOP_WORDS = Set.of(
            "dan", "yang", "di", "ke", "dari", "untuk", "dengan", "atau", "ini", "itu", "pada", "dalam", "the", "and",
            "of", "for", "to", "in", "a", "an", "on", "with", "or");

    private SearchKeys() {}

    /** The words of a text, lower-case and accent-free, without stop words: "Média  Pembelajaran" -> [media, pembelajaran]. */
    public static List<String> words(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return Arrays.stream(SEPARATORS.split(plain))
                .filter(word -> !word.isEmpty() && !STOP_WORDS.contains(word))
                .distinct()
                .toList();
    }

    static String normalize(String text) {
        return String.join(" ", words(text));
    }

    static List<String> of(ResourceDetails details) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(platform(details.platform()));
        keys.add(kind(details.kind()));
        details.levels().forEach(level -> keys.add(level(level)));
        details.subjects().forEach(subject -> keys.add(subject(subject)));
        details.tags().forEach(tag -> keys.add(tag(tag)));
        keys.addAll(wordKeys(details.title()));
        keys.addAll(wordKeys(details.description()));
        details.tags().forEach(tag -> keys.addAll(wordKeys(tag)));
        details.subjects().forEach(subject -> keys.addAll(wordKeys(subject)));
        return List.copyOf(keys);
    }

    static String platform(ResourcePlatform platform) {
        return "platform:" + platform.name();
    }

    static String kind(ResourceKind kind) {
        return "kind:" + kind.name();
    }

    public static String level(Level level) {
        return "level:" + level.name();
    }

    public static String subject(String subject) {
        return "subject:" + normalize(subject);
    }

    public static String tag(String tag) {
        return "tag:" + normalize(tag);
    }

    /** The keys that find resources with each word of a query. */
    public static List<String> wordKeys(Collection<String> texts) {
        Set<String> keys = new LinkedHashSet<>();
        texts.forEach(text -> keys.addAll(wordKeys(text)));
        return List.copyOf(keys);
    }

    public static List<String> wordKeys(String text) {
        return words(text).stream().map(word -> "word:" + word).toList();
    }
}
