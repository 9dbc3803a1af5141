package dev.newsdesk.store;

import java.util.Collection;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Short constructors and readers for DynamoDB attribute values. */
final class Attr {

    private Attr() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static AttributeValue b(byte[] value) {
        return AttributeValue.fromB(SdkBytes.fromByteArray(value));
    }

    /** A string set; DynamoDB refuses empty sets, so callers leave the attribute out instead. */
    static AttributeValue ss(Collection<String> values) {
        return AttributeValue.fromSs(values.stream().toList());
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(Table.PK, s(pk), Table.SK, s(sk));
    }

    static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
    }
}
