import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoServer, startDemoServer } from "../../crawler/src/demo/server.ts";
import { openStore } from "../../crawler/src/store/index.ts";

const REPO = resolve(import.meta.dirname, "../..");
const BIN = join(REPO, "crawler/bin/vnfacts.js");
/** Kill the first crawl after this many records were stored: mid-way through the articles. */
const KILL_AFTER_STORED = 6;

let server: DemoServer;
let work: string;
let registry: string;

beforeAll(async () => {
  server = await startDemoServer({ basePort: 0 });
  work = mkdtempSync(join(tmpdir(), "vnfacts-e2e-resume-"));
  registry = join(work, "registry.json");
  // The Cheerio families only: Chromium start-up would make the kill point depend on the machine's speed.
  const sources = server.sources().filter((s) => !s.needsBrowser);
  writeFileSync(registry, JSON.stringify({ sources }, null, 2));
});

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function crawl(data: string): ChildProcess {
  // Politeness on with the demo sources' own limits (2 at a time, 50 ms apart): slow enough to be caught mid-way.
  return spawn(process.execPath, [BIN, "crawl", "--sources", registry, "--data", data], {
    cwd: REPO,
    stdio: ["ignore", "ignore", "pipe"],
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((done) => child.once("exit", (code, signal) => done({ code, signal })));
}

async function recordIds(data: string): Promise<string[]> {
  const store = await openStore(data);
  try {
    const ids: string[] = [];
    for await (const record of store.iterateRecords()) ids.push(record.id);
    return ids.sort();
  } finally {
    await store.close();
  }
}

describe("kill -9 mid-crawl, then resume", () => {
  it("ends with the same records as an uninterrupted crawl, none twice", async () => {
    const interrupted = join(work, "interrupted");
    const child = crawl(interrupted);
    const exit = finished(child);
    let stored = 0;
    // Structured JSON lines on stderr (not a TTY): one per stored record.
    for await (const line of createInterface({ input: child.stderr! })) {
      if (!line.startsWith("{")) continue;
      const event = JSON.parse(line) as { type: string; outcome?: string };
      if (event.type === "article" && event.outcome === "inserted" && ++stored === KILL_AFTER_STORED) {
        child.kill("SIGKILL");
        break;
      }
    }
    const killed = await exit;
    expect(killed.signal).toBe("SIGKILL");
    const partial = await recordIds(interrupted);
    expect(partial.length).toBeGreaterThanOrEqual(KILL_AFTER_STORED);

    const resumed = await finished(crawl(interrupted));
    expect(resumed.code).toBe(0);

    const reference = join(work, "reference");
    const clean = await finished(crawl(reference));
    expect(clean.code).toBe(0);

    const expected = await recordIds(reference);
    const actual = await recordIds(interrupted);
    expect(expected.length).toBeGreaterThan(partial.length);
    expect(actual).toEqual(expected);
    expect(new Set(actual).size).toBe(actual.length);
  });
});
