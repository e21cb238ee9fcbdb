package com.techladder.batch.importing;

/**
 * Published once an import merge that changed the registry has committed (its new {@link RegistryVersion} is then
 * visible), on the instance that merged: figures kept for the old registry can be prepared again at once instead of on
 * their next reader's request.
 *
 * @param importId the import whose merge committed
 */
public record RegistryChanged(long importId) {
}
