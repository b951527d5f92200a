// Raw page bodies outside the database: gzip members appended to pack files in `<data>/raw/`.
import { type FileHandle, mkdir, open } from "node:fs/promises";
import { join } from "node:path";

/** Where one body is: pack file name (relative to the raw folder), byte offset and length of its gzip member. */
export interface PackLocation {
  file: string;
  offset: number;
  length: number;
}

/**
 * Append-only pack files. Each store opening writes its own file (`<UTC time>-<pid>.pack`), so the half-written
 * tail a killed process may leave is never followed by anything, and no reference to it was ever committed:
 * bodies are appended BEFORE the transaction that points at them, and a body nobody points at is garbage, never
 * a gap. A re-fetched page gets a new member; the old one stays as dead bytes (no compaction yet).
 */
export class RawPacks {
  readonly #dir: string;
  readonly #name: string;
  #handle: Promise<FileHandle> | null = null;
  #size = 0;
  #tail: Promise<unknown> = Promise.resolve();

  constructor(dir: string) {
    this.#dir = dir;
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d+Z$/, "Z");
    this.#name = `${stamp}-${process.pid}.pack`;
  }

  /** Appends the bodies in one write. Calls are chained: offsets are only right if writes land in call order. */
  append(bodies: Buffer[]): Promise<PackLocation[]> {
    const next = this.#tail.then(() => this.#append(bodies));
    this.#tail = next.catch(() => undefined);
    return next;
  }

  async #append(bodies: Buffer[]): Promise<PackLocation[]> {
    if (bodies.length === 0) return [];
    this.#handle ??= this.#open();
    const handle = await this.#handle;
    const locations = bodies.map((body) => {
      const location = { file: this.#name, offset: this.#size, length: body.byteLength };
      this.#size += body.byteLength;
      return location;
    });
    const chunk = bodies.length === 1 ? bodies[0]! : Buffer.concat(bodies);
    let written = 0;
    while (written < chunk.byteLength) {
      const { bytesWritten } = await handle.write(chunk, written, chunk.byteLength - written);
      written += bytesWritten;
    }
    return locations;
  }

  async #open(): Promise<FileHandle> {
    await mkdir(this.#dir, { recursive: true });
    const handle = await open(join(this.#dir, this.#name), "a");
    // The same name again (reopened within a second by the same process): offsets continue after what is there.
    this.#size = (await handle.stat()).size;
    return handle;
  }

  async read(location: PackLocation): Promise<Buffer> {
    if (!/^[\w.-]+\.pack$/.test(location.file))
      throw new Error(`raw page: bad pack file name ${location.file}`);
    const handle = await open(join(this.#dir, location.file), "r");
    try {
      const body = Buffer.alloc(location.length);
      const { bytesRead } = await handle.read(body, 0, location.length, location.offset);
      if (bytesRead !== location.length)
        throw new Error(`raw page: ${location.file} ends before byte ${location.offset + location.length}`);
      return body;
    } finally {
      await handle.close();
    }
  }

  async close(): Promise<void> {
    await this.#tail;
    const handle = this.#handle;
    this.#handle = null;
    if (handle) await (await handle).close();
  }
}
