package dev.triggerstudio.model;

/** "Allow a group of users to read / edit / read and edit this definition". */
public record Grant(String group, Access access) {
}
