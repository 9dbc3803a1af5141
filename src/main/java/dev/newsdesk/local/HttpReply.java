package dev.newsdesk.local;

import java.util.List;
import java.util.Map;

/** An HTTP response ready to be written: status, headers (a name may repeat) and body bytes. */
public record HttpReply(int status, Map<String, List<String>> headers, byte[] body) {
}
