package dev.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The charset an object's Content-Type names, however the tool that uploaded it wrote the header. */
class ObjectContentTest {

    @Test
    void readsTheCharsetParameter() {
        assertEquals("windows-1251", ObjectContent.charsetOf("text/plain; charset=windows-1251"));
        assertEquals("Shift_JIS", ObjectContent.charsetOf("text/html;Charset=\"Shift_JIS\""));
        assertEquals("utf-8", ObjectContent.charsetOf("text/plain; format=flowed; charset = utf-8 "));
    }

    @Test
    void noCharsetParameterIsNoCharset() {
        assertNull(ObjectContent.charsetOf(null));
        assertNull(ObjectContent.charsetOf("text/plain"));
        assertNull(ObjectContent.charsetOf("application/octet-stream; name=charset.txt"));
        assertNull(ObjectContent.charsetOf("text/plain; charset="));
        assertNull(ObjectContent.charsetOf("text/plain; charset=\"\""));
    }
}
