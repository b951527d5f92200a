// Raw page bodies outside the database: gzip members appended to pack files in `<data>/raw/`.
import { type FileHandle, mkdir, open } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { gunzip, gzipSync } from "node:zlib";

const gunzipAsync = promisify(gunzip);

/** Where one body is: pack file name (relative to the raw folder), byte offset and length of its gzip member. */
export interface PackLocation {
  file: string;
  offset: number;
  length: number;
}

/** Where a page is once its member is inflated. */
export interface MemberSlice {
  /** Index of the member (in the list `packMembers` returned). */
  member: number;
  start: number;
  bytes: number;
}

/**
 * Pages share a member up to this many inflated bytes: one compression per batch of small pages, while reading
 * one page back never inflates more than about this much (a larger page is a member alone).
 */
export const MEMBER_BYTES = 1024 * 1024;

/**
 * Compresses the pages of a batch into gzip members, consecutive pages together up to `MEMBER_BYTES`. One
 * `gzipSync` per member, not per page: per call, zlib's setup costs as much as compressing a 3 KB page, and
 * pages of one portal repeat each other's markup, which a shared member compresses away.
 */
export function packMembers(bodies: readonly Uint8Array[]): { members: Buffer[]; slices: MemberSlice[] } {
  const members: Buffer[] = [];
  const slices: MemberSlice[] = [];
  let pending: Uint8Array[] = [];
  let size = 0;
  const cut = () => {
    if (pending.length === 0) return;
    members.push(gzipSync(pending.length === 1 ? pending[0]! : Buffer.concat(pending)));
    pending = [];
    size = 0;
  };
  for (const body of bodies) {
    if (size > 0 && size + body.byteLength > MEMBER_BYTES) cut();
    slices.push({ member: members.length, start: size, bytes: body.byteLength });
    pending.push(body);
    size += body.byteLength;
  }
  cut();
  return { members, slices };
}

/** Inflated members kept for the next read: pages are read back in the order they were packed. */
const CACHED_MEMBERS = 4;

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

  readonly #inflated = new Map<string, Promise<Buffer>>();

  /**
   * One page's bytes: `start`/`bytes` within its member once inflated, or the whole member when `start` is null
   * (a page written before members were shared). The last few inflated members are kept, so reading a batch's
   * pages in a row inflates their member once.
   */
  async readBody(location: PackLocation, start: number | null, bytes: number): Promise<Buffer> {
    if (start === null) return gunzipAsync(await this.read(location));
    const key = `${location.file}:${location.offset}`;
    let member = this.#inflated.get(key);
    if (member) this.#inflated.delete(key);
    else member = this.read(location).then((gz) => gunzipAsync(gz));
    this.#inflated.set(key, member);
    if (this.#inflated.size > CACHED_MEMBERS) this.#inflated.delete(this.#inflated.keys().next().value!);
    let inflated: Buffer;
    try {
      inflated = await member;
    } catch (error) {
      this.#inflated.delete(key);
      throw error;
    }
    if (start + bytes > inflated.byteLength)
      throw new Error(
        `raw page: member at ${location.file}:${location.offset} inflates to ${inflated.byteLength} bytes, not ${start + bytes}`,
      );
    // A copy: the page must not keep its whole member alive.
    return Buffer.from(inflated.subarray(start, start + bytes));
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
