import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CrawlSummary } from "../../crawler/src/crawl/events.ts";
import { runCrawl } from "../../crawler/src/crawl/run.ts";
import { type DemoServer, startDemoServer } from "../../crawler/src/demo/server.ts";
import { openStore } from "../../crawler/src/store/index.ts";

// A user's machine may have no Chromium: the browser-only portal fails with a reason, the others are crawled.
let server: DemoServer;
let store: Awaited<ReturnType<typeof openStore>>;
let dataDir: string;
let summary: CrawlSummary;
const savedPath = process.env.CHROMIUM_PATH;

beforeAll(async () => {
  server = await startDemoServer({ basePort: 0 });
  dataDir = mkdtempSync(join(tmpdir(), "vnfacts-e2e-nobrowser-"));
  store = await openStore(dataDir);
  process.env.CHROMIUM_PATH = join(dataDir, "no-such-chromium");
  const sources = server.sources().filter((s) => s.family === "spa" || s.family === "newspaper");
  summary = await runCrawl(store, { sources, fetch: { retryBaseMs: 50 } });
});

afterAll(async () => {
  if (savedPath === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = savedPath;
  await store?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("a crawl without a browser", () => {
  it("still crawls the plain-HTTP portal completely", async () => {
    const newspaper = server.portal("newspaper").manifest.articles.filter((a) => a.topic).length;
    let kept = 0;
    for await (const record of store.iterateRecords({ sourceId: "demo-newspaper" })) if (record.body) kept++;
    expect(kept).toBe(newspaper);
    expect(summary.kept).toBe(newspaper);
  });

  it("records the browser-only portal's pages as failed, saying why, to be retried later", async () => {
    const failures = await store.failures(50);
    const spa = failures.filter((f) => f.sourceId === "demo-spa");
    expect(spa.length).toBeGreaterThan(0);
    for (const f of spa) expect(f.failureReason).toMatch(/^browser unavailable \(set CHROMIUM_PATH\)/);
    expect(summary.failed).toBeGreaterThan(0);
  });
});
