package com.techladder.registry.importing;

/** {@code 202} answer to an upload: the import runs on; poll {@code GET /api/v1/imports/{importId}}. */
record ImportStarted(String importId, String status) {
}
