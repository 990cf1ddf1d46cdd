package dev.triggerstudio.lang;

import dev.triggerstudio.model.Project;

/** What a checker may look at: the project's objects, fields, users and settings. */
public record CheckContext(Project project) {
}
