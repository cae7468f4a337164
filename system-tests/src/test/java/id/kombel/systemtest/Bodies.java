package id.kombel.systemtest;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Finding and replacing the fields of a JSON body by JSON pointer, without touching the original. */
final class Bodies {

    private Bodies() {}

    /** Pointers to every leaf (string, number, boolean, null) and every container, depth first. */
    static List<String> fields(JsonNode body) {
        List<String> pointers = new ArrayList<>();
        collect(body, "", pointers, false);
        return pointers;
    }

    /** Pointers to every string leaf. */
    static List<String> stringFields(JsonNode body) {
        List<String> pointers = new ArrayList<>();
        collect(body, "", pointers, true);
        return pointers;
    }

    private static void collect(JsonNode node, String at, List<String> pointers, boolean stringsOnly) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                String child = at + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (!stringsOnly) {
                    pointers.add(child);
                }
                collect(field.getValue(), child, pointers, stringsOnly);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = at + "/" + i;
                if (!stringsOnly && !node.get(i).isContainer()) {
                    pointers.add(child);
                }
                collect(node.get(i), child, pointers, stringsOnly);
            }
        } else if (stringsOnly && node.isString()) {
            pointers.add(at);
        }
    }

    /** A copy of {@code body} with the value at {@code pointer} replaced. */
    static JsonNode with(JsonNode body, String pointer, JsonNode value) {
        JsonNode copy = body.deepCopy();
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(path.head());
        String last = path.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(path.last().getMatchingIndex(), value);
        }
        return copy;
    }
}
