package dev.newsdesk.local;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The time stamp that starts each line the one-machine mode prints. */
final class LogTime {

    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private LogTime() {
    }

    static String now() {
        return HH_MM_SS.format(LocalTime.now());
    }
}
