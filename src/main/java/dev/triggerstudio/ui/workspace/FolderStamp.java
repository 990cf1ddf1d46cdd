package dev.triggerstudio.ui.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the project's folders hold, file by file (size and modification time): a cheap look taken
 * when the window gets the focus back. The disk watcher is the first way a change made by another
 * program reaches the IDE; this is the second, for file systems whose events come late or never
 * (network shares, some mounts, the polling watch service of macOS).
 */
public record FolderStamp(Map<String, String> files) {

    public FolderStamp {
        files = Map.copyOf(files);
    }

    /** The project files now, as {@link DiskWatcher} sees them: its folders, hidden files aside. */
    public static FolderStamp of(Path root) {
        Map<String, String> files = new TreeMap<>();
        for (String folder : DiskWatcher.FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> !p.getFileName().toString().startsWith(".")).forEach(p -> stamp(root, p, files));
            } catch (IOException e) {
                // a folder going away while it is listed: its files count as gone
            }
        }
        return new FolderStamp(files);
    }

    private static void stamp(Path root, Path file, Map<String, String> files) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (a.isRegularFile()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), a.size() + "@" + a.lastModifiedTime().toMillis());
            }
        } catch (IOException e) {
            // gone between the listing and the look: not there
        }
    }

    /** The files added, changed or deleted since {@code earlier}; none when {@code earlier} is null. */
    public Set<String> changedSince(FolderStamp earlier) {
        Set<String> changed = new TreeSet<>();
        if (earlier == null) {
            return changed;
        }
        files.forEach((path, stamp) -> {
            if (!stamp.equals(earlier.files.get(path))) {
                changed.add(path);
            }
        });
        earlier.files.keySet().stream().filter(p -> !files.containsKey(p)).forEach(changed::add);
        return changed;
    }
}
