package io.lifeline.query.config;

import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Lets events stored before the value objects refused them replay: a NUL character (U+0000) or a
 * lone UTF-16 surrogate in any string of a payload is read as U+FFFD, because PostgreSQL text
 * cannot hold either and one such event would otherwise stop a projection at every rebuild. The
 * stored events are never changed. Payloads without such a character (all but a handful) are only
 * scanned, never parsed, so the common path costs one pass over the bytes.
 */
final class UnstorableCharactersUpcaster implements EventUpcaster {
    static final char REPLACEMENT = '\uFFFD';
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Stream<IntermediateEventRepresentation> upcast(Stream<IntermediateEventRepresentation> events) {
        return events.map(event -> needsCleaning(event) ? event.upcastPayload(event.getType(), byte[].class,
                UnstorableCharactersUpcaster::clean) : event);
    }

    private static boolean needsCleaning(IntermediateEventRepresentation event) {
        Object data = event.getData().getData();
        if (data instanceof byte[] json) {
            return mayHoldUnstorable(json);
        }
        return event.canConvertDataTo(byte[].class) && mayHoldUnstorable(event.getData(byte[].class).getData());
    }

    /**
     * True where the JSON may hold a NUL or a lone surrogate: a JSON escape of U+0000 or of
     * U+D800 to U+DFFF, a raw zero byte, or a surrogate written as raw (CESU-8) bytes. A valid
     * pair written as two escapes also matches, and {@link #clean} leaves it as it is.
     */
    static boolean mayHoldUnstorable(byte[] json) {
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (b == 0) return true;
            if ((b & 0xFF) == 0xED && i + 1 < json.length && (json[i + 1] & 0xFF) >= 0xA0) return true;
            if (b == '\\' && i + 5 < json.length && json[i + 1] == 'u') {
                byte first = json[i + 2];
                byte second = json[i + 3];
                if (first == '0' && second == '0' && json[i + 4] == '0' && json[i + 5] == '0') return true;
                if ((first == 'd' || first == 'D') && "89abcdefABCDEF".indexOf(second) >= 0) return true;
            }
        }
        return false;
    }

    static byte[] clean(byte[] json) {
        JsonNode tree = JSON.readTree(json);
        return JSON.writeValueAsBytes(clean(tree));
    }

    private static JsonNode clean(JsonNode node) {
        if (node.isString()) {
            String text = node.asString();
            String cleaned = storable(text);
            return cleaned.equals(text) ? node : StringNode.valueOf(cleaned);
        }
        if (node instanceof ObjectNode object) {
            ObjectNode cleaned = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                cleaned.set(storable(field.getKey()), clean(field.getValue()));
            }
            return cleaned;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode cleaned = JSON.createArrayNode();
            array.forEach(element -> cleaned.add(clean(element)));
            return cleaned;
        }
        return node;
    }

    /** The text with each NUL and each surrogate that is not half of a pair replaced by U+FFFD. */
    static String storable(String text) {
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean unstorable = c == '\u0000' || (Character.isSurrogate(c) && !pair);
            if (unstorable && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (cleaned != null) {
                cleaned.append(unstorable ? REPLACEMENT : c);
                if (pair) cleaned.append(text.charAt(i + 1));
            }
            if (pair) i++;
        }
        return cleaned == null ? text : cleaned.toString();
    }
}
