package dev.triggerstudio.bundle;

/**
 * What a bundle may hold before reading refuses it. The defaults are far above any real trigger
 * project (text files of a few kilobytes) and far below what would hurt the machine.
 *
 * @param maxBundleBytes size of the zip file itself
 * @param maxEntries number of entries in the central directory
 * @param maxEntryBytes uncompressed size of one entry
 * @param maxTotalBytes uncompressed size of all entries together
 * @param maxRatio uncompressed / compressed size of one entry, checked from {@code ratioFloorBytes} up
 * @param ratioFloorBytes small entries compress well and are harmless, so the ratio is not checked below this
 */
public record BundleLimits(long maxBundleBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes,
                           int maxRatio, long ratioFloorBytes) {

    public static final BundleLimits DEFAULTS = new BundleLimits(64L << 20, 10_000, 16L << 20, 128L << 20, 100, 64L << 10);
}
