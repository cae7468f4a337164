package id.kombel.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Reads every document a service stored, for tests that prove something is no longer anywhere. */
public final class StoredDocuments {

    private StoredDocuments() {}

    /**
     * Every document, in any collection of the service's database, whose JSON or binary fields (the
     * stored response bodies of idempotency records, say) contain one of {@code values}, as
     * {@code "collection: json"}.
     */
    public static List<String> naming(MongoTemplate mongo, String... values) {
        List<String> naming = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                String text = document.toJson() + binaryText(document);
                if (List.of(values).stream().anyMatch(text::contains)) {
                    naming.add(collection + ": " + document.toJson());
                }
            }
        }
        return naming;
    }

    private static String binaryText(Object value) {
        if (value instanceof Binary binary) {
            return new String(binary.getData(), StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        if (value instanceof Document document) {
            document.values().forEach(child -> text.append(binaryText(child)));
        } else if (value instanceof List<?> list) {
            list.forEach(child -> text.append(binaryText(child)));
        }
        return text.toString();
    }
}
