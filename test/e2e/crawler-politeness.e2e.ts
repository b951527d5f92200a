import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recordIdFor, type Source } from "@vnfacts/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CrawlSummary } from "../../crawler/src/crawl/events.ts";
import { runCrawl } from "../../crawler/src/crawl/run.ts";
import { type DemoServer, type RequestLogEntry, startDemoServer } from "../../crawler/src/demo/server.ts";
import { openStore } from "../../crawler/src/store/index.ts";

type Store = Awaited<ReturnType<typeof openStore>>;

/** Small on purpose: the suite stays fast and the gaps are still far above loopback jitter. */
const DELAY_MS = 200;
/** A request is logged when it arrives; two sends 200 ms apart can arrive a little closer on a busy machine. */
const ARRIVAL_JITTER_MS = 15;
const RETRY_AFTER_S = 1;

let server: DemoServer;
let store: Store;
let dataDir: string;
let summary: CrawlSummary;
let sources: Source[];
const faultPaths: { e500: string; e429: string } = { e500: "", e429: "" };

beforeAll(async () => {
  server = await startDemoServer({ basePort: 0 });
  const polite = (s: Source): Source => ({ ...s, politeness: { maxConcurrency: 1, minDelayMs: DELAY_MS } });
  const newspaper = polite(server.portal("newspaper").source);
  const cityportal = polite(server.portal("cityportal").source);
  // A source whose only listing is a search page robots.txt disallows ("Disallow: /tim-kiem").
  const robotsTrap: Source = {
    ...newspaper,
    id: "demo-robots-trap",
    discovery: {
      ...newspaper.discovery,
      sitemaps: [],
      feeds: [],
      listings: [{ url: `${server.portal("newspaper").origin}/tim-kiem?q=thi-dua`, maxPages: 2 }],
    },
  };
  sources = [newspaper, cityportal, robotsTrap];

  const onTopic = (family: "newspaper" | "cityportal") =>
    server.portal(family).manifest.articles.filter((a) => a.topic && a.encoding === "utf-8");
  faultPaths.e500 = onTopic("newspaper")[0]!.path;
  faultPaths.e429 = onTopic("cityportal")[0]!.path;
  server.injectFault("newspaper", faultPaths.e500, { status: 500, times: 2 });
  server.injectFault("cityportal", faultPaths.e429, {
    status: 429,
    times: 1,
    retryAfterSeconds: RETRY_AFTER_S,
  });

  dataDir = mkdtempSync(join(tmpdir(), "vnfacts-e2e-polite-"));
  store = await openStore(dataDir);
  summary = await runCrawl(store, { sources, politeness: true, fetch: { retryBaseMs: 100 } });
});

afterAll(async () => {
  await store?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function requestsTo(origin: string): RequestLogEntry[] {
  return server.requestLog.filter((e) => e.origin === origin).sort((a, b) => a.at - b.at);
}

describe("politeness, retries and robots.txt (measured on the demo server's request log)", () => {
  it("spaces requests to each origin by at least the configured delay, across discovery and articles", () => {
    for (const family of ["newspaper", "cityportal"] as const) {
      const log = requestsTo(server.portal(family).origin);
      expect(log.length).toBeGreaterThan(10);
      const gaps = log.slice(1).map((entry, i) => entry.at - log[i]!.at);
      const close = gaps.flatMap((g, i) =>
        g < DELAY_MS - ARRIVAL_JITTER_MS
          ? [`${g} ms: ${log[i]!.path} → ${log[i + 1]!.path} (${log[i + 1]!.status})`]
          : [],
      );
      if (close.length) console.log(log.map((e) => `${e.at} ${e.path} ${e.status}`).join("\n"));
      expect(close, family).toEqual([]);
    }
  });

  it("retries a page after HTTP 500 and keeps it", async () => {
    const origin = server.portal("newspaper").origin;
    const hits = requestsTo(origin).filter((e) => e.path === faultPaths.e500);
    expect(hits.map((e) => e.status)).toEqual([500, 500, 200]);
    expect(await store.getRecord(recordIdFor(`${origin}${faultPaths.e500}`))).not.toBeNull();
  });

  it("retries after HTTP 429 no sooner than its Retry-After", async () => {
    const origin = server.portal("cityportal").origin;
    const hits = requestsTo(origin).filter((e) => e.path === faultPaths.e429);
    expect(hits.map((e) => e.status)).toEqual([429, 200]);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000 - ARRIVAL_JITTER_MS);
    expect(await store.getRecord(recordIdFor(`${origin}${faultPaths.e429}`))).not.toBeNull();
  });

  it("never requests a page robots.txt disallows, and records why", async () => {
    const origin = server.portal("newspaper").origin;
    expect(requestsTo(origin).filter((e) => e.path.startsWith("/tim-kiem"))).toEqual([]);
    expect(requestsTo(origin).filter((e) => e.path === "/robots.txt")).toHaveLength(1);
    const failures = await store.failures(50);
    const refused = failures.find((f) => f.url.includes("/tim-kiem"));
    expect(refused?.failureReason).toBe("disallowed by robots.txt");
    expect(summary.failed).toBe(1);
  });
});
