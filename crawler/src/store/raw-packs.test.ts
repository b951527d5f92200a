import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { MEMBER_BYTES, packMembers, RawPacks } from "./raw-packs.ts";

const page = (n: number, size: number) => Buffer.from(`<p>${n}</p>`.padEnd(size, "x"));

describe("packMembers", () => {
  it("puts consecutive pages in one member up to the limit, and a larger page alone", () => {
    const small = [page(1, 3000), page(2, 3000), page(3, 3000)];
    const big = page(4, MEMBER_BYTES + 10);
    const tail = [page(5, MEMBER_BYTES - 100), page(6, 200)];
    const { members, slices } = packMembers([...small, big, ...tail]);
    expect(members).toHaveLength(4);
    expect(slices.map((s) => s.member)).toEqual([0, 0, 0, 1, 2, 3]);
    expect(slices.slice(0, 3).map((s) => s.start)).toEqual([0, 3000, 6000]);
    expect(slices[3]).toEqual({ member: 1, start: 0, bytes: MEMBER_BYTES + 10 });
    // Each member inflates to its pages, back to back.
    expect(gunzipSync(members[0]!).equals(Buffer.concat(small))).toBe(true);
    expect(gunzipSync(members[2]!).equals(tail[0]!)).toBe(true);
    // Pages of one portal compress together: the shared member is far smaller than three members would be.
    const alone = small.reduce((n, body) => n + gzipSync(body).byteLength, 0);
    expect(members[0]!.byteLength).toBeLessThan(alone);
  });

  it("packs nothing from nothing", () => {
    expect(packMembers([])).toEqual({ members: [], slices: [] });
  });
});

describe("RawPacks", () => {
  it("reads each page back from its shared member, and a member written alone whole", async () => {
    const dir = await mkdtemp(join(tmpdir(), "vnfacts-packs-"));
    const packs = new RawPacks(dir);
    const bodies = [page(1, 500), page(2, 700), page(3, 900)];
    const { members, slices } = packMembers(bodies);
    const legacy = gzipSync(Buffer.from("<p>trang cũ</p>"));
    const locations = await packs.append([...members, legacy]);
    for (const [i, slice] of slices.entries()) {
      const body = await packs.readBody(locations[slice.member]!, slice.start, slice.bytes);
      expect(body.equals(bodies[i]!)).toBe(true);
    }
    // Read again (from the inflated member kept in memory): the same bytes, and a copy, not a view into the
    // cached member (changing one read does not change the next).
    const again = await packs.readBody(locations[0]!, slices[1]!.start, slices[1]!.bytes);
    expect(again.equals(bodies[1]!)).toBe(true);
    again.fill(0);
    const third = await packs.readBody(locations[0]!, slices[1]!.start, slices[1]!.bytes);
    expect(third.equals(bodies[1]!)).toBe(true);
    // A row of the previous layout (no start): the member is the page.
    expect((await packs.readBody(locations[1]!, null, 0)).toString("utf8")).toBe("<p>trang cũ</p>");
    await packs.close();
  });

  it("refuses a slice beyond its member, naming the pack and offset", async () => {
    const dir = await mkdtemp(join(tmpdir(), "vnfacts-packs-"));
    const packs = new RawPacks(dir);
    const [location] = await packs.append(packMembers([page(1, 100)]).members);
    await expect(packs.readBody(location!, 50, 100)).rejects.toThrow(
      new RegExp(`member at ${location!.file}:0 inflates to 100 bytes, not 150`),
    );
    await packs.close();
  });

  it("fails a read of a truncated member, then reads the repaired file afresh", async () => {
    const dir = await mkdtemp(join(tmpdir(), "vnfacts-packs-"));
    const packs = new RawPacks(dir);
    const [location] = await packs.append(packMembers([page(1, 100), page(2, 100)]).members);
    await packs.close();
    const file = join(dir, location!.file);
    const whole = await readFile(file);
    await writeFile(file, whole.subarray(0, whole.byteLength - 10));
    const reader = new RawPacks(dir);
    await expect(reader.readBody(location!, 100, 100)).rejects.toThrow(/ends before byte/);
    // The failed inflation is not cached: once the file is whole again, the page reads.
    await writeFile(file, whole);
    expect((await reader.readBody(location!, 100, 100)).equals(page(2, 100))).toBe(true);
  });
});
