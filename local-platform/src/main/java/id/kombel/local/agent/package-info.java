/**
 * The agent every app JVM started by the launcher loads. JDK classes only: it is added to a Spring
 * Boot app's class path and must bring nothing that could clash with the app's own libraries.
 */
package id.kombel.local.agent;
