import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DataFolderInUseError, openStore } from "./index.ts";
import { storeContract } from "./store-contract.ts";
import { makeRecord } from "./test-fixtures.ts";

const tempDir = () => mkdtemp(join(tmpdir(), "vnfacts-store-"));

describe("PGlite store", () => {
  storeContract(async () => openStore(await tempDir()));

  it("keeps everything across close and reopen", async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const url = "https://kyson.example.vn/tin-tuc/f-6.html";
    await store.discover([{ url, sourceId: "phutho-kyson-ward", kind: "article" }]);
    const record = makeRecord({ url });
    await store.upsertRecord(record);
    const run = await store.startRun(1);
    await store.close();

    const reopened = await openStore(dir);
    expect(await reopened.getRecord(record.id)).toEqual(record);
    expect((await reopened.getUrlState(url))!.status).toBe("kept");
    // A run still `running` when its process went away is reported as interrupted.
    expect((await reopened.runs()).find((r) => r.id === run)!.status).toBe("interrupted");
    const records = [];
    for await (const r of reopened.iterateRecords({ sourceId: "phutho-kyson-ward" })) records.push(r.id);
    expect(records).toEqual([record.id]);
    await reopened.close();
  });

  it("keeps raw bodies out of the database, in pack files under <data>/raw, readable after reopen", async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const page = (i: number, text: string) => ({
      url: `https://kyson.example.vn/tin-tuc/g-${i}.html`,
      sourceId: "phutho-kyson-ward",
      fetchedAt: "2026-01-28T01:02:03.000Z",
      status: 200,
      headers: { "content-type": "text/html; charset=utf-8" },
      body: new TextEncoder().encode(`<p>${text}</p>`),
    });
    await store.commitArticles([
      { outcome: "dropped", url: page(1, "").url, reason: "off topic", raw: page(1, "Giá lúa hôm nay") },
      { outcome: "kept", record: makeRecord({ url: page(2, "").url }), raw: page(2, "Thi đua yêu nước") },
    ]);
    // Fetched again: a new member in the pack, the row points at it.
    await store.saveRawPage(page(1, "Giá lúa chiều nay"));
    await store.close();

    const packs = await readdir(join(dir, "raw"));
    expect(packs).toHaveLength(1);
    expect(packs[0]).toMatch(/^\d{8}T\d{6}Z-\d+\.pack$/);
    // Two gzip members: the batch's two pages share the first, the page fetched again is the second. Inflated
    // one after the other, they are the bodies as received, in the order written.
    const bytes = await readFile(join(dir, "raw", packs[0]!));
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    const inflated = gunzipSync(bytes);
    expect(inflated.toString("utf8")).toBe(
      "<p>Giá lúa hôm nay</p><p>Thi đua yêu nước</p><p>Giá lúa chiều nay</p>",
    );

    const reopened = await openStore(dir);
    const text = async (i: number) =>
      new TextDecoder().decode((await reopened.getRawPage(page(i, "").url))!.body);
    expect(await text(1)).toBe("<p>Giá lúa chiều nay</p>");
    expect(await text(2)).toBe("<p>Thi đua yêu nước</p>");
    // In the order the rows lie: page 1's row moved when it was written again.
    const urls = [];
    for await (const p of reopened.iterateRawPages()) urls.push(p.url);
    expect(urls).toEqual([page(2, "").url, page(1, "").url]);
    await reopened.close();
  });

  it("pages through more records than one round trip holds", async () => {
    const store = await openStore(await tempDir());
    for (let i = 0; i < 450; i++)
      await store.upsertRecord(makeRecord({ url: `https://x.example.vn/bai-${i}.html` }));
    const ids = new Set<string>();
    for await (const r of store.iterateRecords()) ids.add(r.id);
    expect(ids.size).toBe(450);
    await store.close();
  });

  it("refuses a data folder another live process holds, and takes over one a dead process left", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "db.lock"), `${process.ppid}\n`);
    await expect(openStore(dir)).rejects.toThrow(DataFolderInUseError);

    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    await writeFile(join(dir, "db.lock"), `${dead}\n`);
    const store = await openStore(dir);
    await store.close();
  });
});
