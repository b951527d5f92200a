// The export and reextract commands as a user runs them (the real CLI in a child process).
import { spawnSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ArticleRecord } from "@vnfacts/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../store/index.ts";
import { makeRecord } from "../../store/test-fixtures.ts";

const BIN = fileURLToPath(new URL("../../../bin/vnfacts.js", import.meta.url));
const vnfacts = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

let data: string;
const record = makeRecord({ url: "https://kyson.example.vn/tin-tuc/phat-dong-thi-dua.html" });

beforeAll(async () => {
  data = join(await mkdtemp(join(tmpdir(), "vnfacts-cli-")), "data");
  const store = await openStore(data);
  await store.upsertRecord(record);
  await store.close();
});

describe("vnfacts export", () => {
  it("prints JSONL records on stdout and the count on stderr", () => {
    const run = vnfacts("export", "--data", data, "--format", "jsonl");
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.map((l) => ArticleRecord.parse(JSON.parse(l)).id)).toEqual([record.id]);
    expect(run.stderr).toContain("exported 1 record(s) as jsonl");
  });

  it("fails with a one-line reason on a bad format", () => {
    const run = vnfacts("export", "--data", data, "--format", "xml");
    expect(run.status).not.toBe(0);
    expect(run.stderr.split("\n")[0]).toMatch(/'xml' is invalid.*jsonl, csv/);
  });
});

describe("vnfacts reextract", () => {
  it("reports a store without raw pages as nothing to do", () => {
    const run = vnfacts("reextract", "--data", data);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("re-extracted 0 raw page(s)");
  });
});
