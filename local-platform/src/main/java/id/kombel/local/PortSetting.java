package id.kombel.local;

/** A port one component listens on, and the environment variable that moves it. */
record PortSetting(String component, String variable, int port) {}
