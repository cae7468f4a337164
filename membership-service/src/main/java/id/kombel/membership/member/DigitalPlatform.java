package id.kombel.membership.member;

/** The digital learning platforms members rate their own skill with, so peers know whom to ask. */
public enum DigitalPlatform {
    /** Platform Merdeka Mengajar, now Ruang GTK. */
    PMM_RUANG_GTK,
    RUMAH_BELAJAR,
    IPUSNAS,
    YOUTUBE,
    OTHER
}
