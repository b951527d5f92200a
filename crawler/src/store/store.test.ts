import { spawnSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
