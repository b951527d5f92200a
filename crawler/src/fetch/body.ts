import type { Readable } from "node:stream";

/** Thrown when a response is bigger than the cap: not retried, the page is recorded as failed. */
export class ResponseTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`response larger than ${limit} bytes`);
    this.name = "ResponseTooLargeError";
  }
}

/** Reads a body stream into one buffer, giving up (and destroying the stream) past `maxBytes`. */
export async function readCapped(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, "latin1") : (chunk as Buffer);
    size += buffer.byteLength;
    if (size > maxBytes) {
      stream.destroy();
      throw new ResponseTooLargeError(maxBytes);
    }
    chunks.push(buffer);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}
