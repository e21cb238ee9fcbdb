package com.techladder.rules.parameter;

/**
 * A text formatted once for a key (a unit, a comparison), kept in one volatile field: writing key and text as one
 * immutable pair means a thread never sees the text of one key with another key.
 */
record CachedText(Object key, String text) {
}
