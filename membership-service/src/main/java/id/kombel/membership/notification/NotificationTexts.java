package id.kombel.membership.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notification's sentence in the reader's language, from {@code notifications*.properties}: the
 * template {@code notification.<TYPE>} (or {@code notification.<TYPE>.<variant>} for a followed
 * problem's change or an appreciated item's type) with {@code {param}} placeholders filled from the
 * notification's parameters. Clients may also render {@code type} and {@code params} themselves.
 */
@Component
class NotificationTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    String render(Notification notification, Locale locale) {
        Map<String, String> params = new HashMap<>(notification.params());
        if (notification.type() == NotificationType.DIGEST) {
            int total = notification.params().values().stream()
                    .mapToInt(Integer::parseInt)
                    .sum();
            params.put("total", Integer.toString(total));
        }
        String key = "notification." + notification.type().name();
        String variant = params.getOrDefault("change", params.get("itemType"));
        String template = variant == null ? null : template(key + "." + variant, locale);
        if (template == null) {
            template = template(key, locale);
        }
        if (template == null) {
            return notification.type().name();
        }
        Matcher placeholders = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholders.find()) {
            String value = params.getOrDefault(placeholders.group(1), "");
            placeholders.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        placeholders.appendTail(text);
        return text.toString();
    }

    /** The raw template (no arguments, so no MessageFormat quoting rules), or null. */
    private @Nullable String template(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale);
    }
}
