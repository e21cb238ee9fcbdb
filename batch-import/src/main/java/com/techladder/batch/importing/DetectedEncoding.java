package com.techladder.batch.importing;

import java.nio.charset.Charset;

/** The encoding a file was decoded with and how many BOM bytes precede the text. */
public record DetectedEncoding(Charset charset, int bomLength) {
}
