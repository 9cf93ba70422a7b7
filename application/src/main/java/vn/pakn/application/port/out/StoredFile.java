package vn.pakn.application.port.out;

import java.io.IOException;
import java.io.InputStream;

/** A stored evidence file: its metadata and a way to read its bytes, streamed. */
public record StoredFile(String evidenceId, String fileName, String contentType, long size, Opener opener) {

  /** Opens the content; the caller closes the stream. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }
}
