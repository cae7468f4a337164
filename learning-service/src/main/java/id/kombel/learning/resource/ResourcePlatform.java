package id.kombel.learning.resource;

/** Where a resource lives: PMM / Ruang GTK, Rumah Belajar, iPusnas, YouTube, or elsewhere. */
public enum ResourcePlatform {
    PMM,
    RUMAH_BELAJAR,
    IPUSNAS,
    YOUTUBE,
    OTHER
}
