package io.iprules.examples;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

/**
 * The files this JVM's batch runs hold locked, each with the channel that holds it. Java's file locks are the
 * process's: closing any channel of a file lets go of every lock this JVM holds on that file, for every other program,
 * though the JVM's own table still shows them. A run looks here before it opens a channel of a file another run of this
 * JVM may hold, so that a run refused for it never opens, and so never closes, a channel of that file.
 *
 * <p>A file is known by its {@linkplain BasicFileAttributes#fileKey() key} (device and inode), which a {@code .partial}
 * keeps when it is renamed over {@code --out}; by its real path where the file system gives no key. Runs take their
 * locks under this class's monitor ({@link #MONITOR}): a look here, the channels opened, the lock taken and the file
 * entered are one step that no other run's interleaves.
 */
final class HeldFiles {
    /** Held by a run while it looks here, opens and locks its files, and enters the one it holds. */
    static final Object MONITOR = new Object();

    private static final Map<Object, FileChannel> HELD = new HashMap<>(); // guarded by MONITOR

    private HeldFiles() {
    }

    /**
     * The key of the file at {@code path} (a link is not followed), read without opening it; {@code null} when there is
     * no file there, or it cannot be told.
     */
    static Object key(Path path) {
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            return key != null ? key : path.toRealPath(LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Whether a run of this JVM holds the file at {@code path}; {@code false} where there is none. */
    static boolean held(Path path) {
        Object key = key(path);
        synchronized (MONITOR) {
            return key != null && HELD.containsKey(key);
        }
    }

    /** Enters the file of key {@code key}, locked through {@code channel}. */
    static void hold(Object key, FileChannel channel) {
        synchronized (MONITOR) {
            HELD.put(key, channel);
        }
    }

    /** Takes out the file {@code channel} held, once the channel is closed and its lock let go; none: nothing. */
    static void release(FileChannel channel) {
        synchronized (MONITOR) {
            HELD.values().removeIf(c -> c == channel);
        }
    }
}
