package dev.newsdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.openqa.selenium.bidi.Command;
import org.openqa.selenium.bidi.Connection;
import org.openqa.selenium.bidi.Event;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.remote.http.HttpClient;

/**
 * A WebDriver BiDi session on a browser's own WebSocket, no driver in between. Selenium's {@link Connection} carries
 * it (ids, waiting for each answer, dispatching events); its typed modules need a WebDriver, so commands are sent
 * by name with the spec's parameters and answers read as JSON.
 */
final class BidiSession implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final Duration patience;
    private final ConcurrentLinkedQueue<JsonNode> events = new ConcurrentLinkedQueue<>();

    private BidiSession(Connection connection, Duration patience) {
        this.connection = connection;
        this.patience = patience;
    }

    /** Connects to {@code uri} and starts a session; each command's answer is awaited at most {@code patience}. */
    static BidiSession start(URI uri, Duration patience) {
        HttpClient client = HttpClient.Factory.createDefault().createClient(ClientConfig.defaultConfig().baseUri(uri));
        BidiSession session = new BidiSession(new Connection(client, uri.toString()), patience);
        session.send("session.new", Map.of("capabilities", Map.of()));
        return session;
    }

    /** Sends {@code method} and returns its result; a command the browser refuses fails with the browser's reason. */
    JsonNode send(String method, Map<String, Object> parameters) {
        return send(method, parameters, patience);
    }

    /** As {@link #send(String, Map)}, for a command that may itself take up to {@code longest}. */
    JsonNode send(String method, Map<String, Object> parameters, Duration longest) {
        try {
            Object result = connection.sendAndWait(new Command<>(method, parameters, Json.OBJECT_TYPE), longest);
            return JSON.valueToTree(result);
        } catch (RuntimeException e) {
            throw new AssertionError(method + " " + parameters + ": " + e.getMessage(), e);
        }
    }

    /** Collects the events named (as {@code {"method": …, "params": …}}) from now on, for {@link #drain}. */
    void subscribe(List<String> methods) {
        for (String method : methods) {
            connection.addListener(method, new Event<Map<String, Object>>(method, params -> params), params ->
                    events.add(JSON.createObjectNode().put("method", method).set("params", JSON.valueToTree(params))));
        }
        send("session.subscribe", Map.of("events", methods));
    }

    /** The events collected since the last call, in the order they came. */
    List<JsonNode> drain() {
        List<JsonNode> drained = new ArrayList<>();
        for (JsonNode event = events.poll(); event != null; event = events.poll()) drained.add(event);
        return drained;
    }

    @Override
    public void close() {
        connection.close();
    }
}
