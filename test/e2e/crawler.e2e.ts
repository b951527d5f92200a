import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ArticleRecord, recordIdFor } from "@vnfacts/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CrawlSummary } from "../../crawler/src/crawl/events.ts";
import { runCrawl } from "../../crawler/src/crawl/run.ts";
import { type DemoServer, startDemoServer } from "../../crawler/src/demo/server.ts";
import { openStore } from "../../crawler/src/store/index.ts";
import { GOLD_DIR } from "../support/shared-dir.ts";

type Store = Awaited<ReturnType<typeof openStore>>;

const goldBoilerplate: string[] = readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith(".json"))
  .flatMap(
    (f) => (JSON.parse(readFileSync(join(GOLD_DIR, f), "utf8")) as { boilerplate: string[] }).boilerplate,
  );

let server: DemoServer;
let store: Store;
let dataDir: string;
let first: CrawlSummary;
const records = new Map<string, ArticleRecord>();

beforeAll(async () => {
  server = await startDemoServer({ basePort: 0 });
  dataDir = mkdtempSync(join(tmpdir(), "vnfacts-e2e-crawl-"));
  store = await openStore(dataDir);
  // The demo sources' own politeness (2 at a time, 50 ms apart) is on: this is the crawl `npm run demo` does.
  first = await runCrawl(store, { sources: server.sources(), fetch: { retryBaseMs: 100 } });
  for await (const record of store.iterateRecords()) records.set(record.id, record);
});

afterAll(async () => {
  await store?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("crawling the demo portals", () => {
  it("keeps every on-topic manifest article and no off-topic one, in every family", () => {
    const missing: string[] = [];
    const unwanted: string[] = [];
    for (const portal of server.portals)
      for (const article of portal.manifest.articles) {
        const kept = records.has(recordIdFor(server.urlOf(portal.family, article.id)));
        if (article.topic && !kept) missing.push(`${portal.family}/${article.id}`);
        if (!article.topic && kept) unwanted.push(`${portal.family}/${article.id}`);
      }
    expect(missing).toEqual([]);
    expect(unwanted).toEqual([]);
    expect(first.kept).toBe(records.size);
    expect(first.failed).toBe(0);
  });

  it("fetched the browser-only family (spa) with Chromium: its bodies are not empty", () => {
    const spa = server.portal("spa");
    for (const article of spa.manifest.articles.filter((a) => a.topic)) {
      const record = records.get(recordIdFor(server.urlOf("spa", article.id)))!;
      expect(record.title).toBe(article.title);
      expect(record.body.length).toBeGreaterThan(200);
    }
  });

  it("reads the publication dates of the manifest (never the portal clock)", () => {
    const wrong: string[] = [];
    for (const portal of server.portals)
      for (const article of portal.manifest.articles.filter((a) => a.topic)) {
        const record = records.get(recordIdFor(server.urlOf(portal.family, article.id)));
        if (!record) continue;
        const expected = article.publicationDate;
        if (expected.value !== null && record.publicationDate.value !== expected.value)
          wrong.push(`${portal.family}/${article.id}: ${record.publicationDate.value} ≠ ${expected.value}`);
        if (expected.relative && record.publicationDate.precision !== "approximate")
          wrong.push(`${portal.family}/${article.id}: relative date not marked approximate`);
      }
    expect(wrong).toEqual([]);
  });

  it("decodes every charset case to the manifest's title, NFC (BOM, meta vs header, windows-1258, TCVN3, NFD)", () => {
    for (const portal of server.portals)
      for (const article of portal.manifest.articles.filter((a) => a.topic && a.encoding !== "utf-8")) {
        const record = records.get(recordIdFor(server.urlOf(portal.family, article.id)))!;
        // TCVN3 has no capitals with tone marks (old pages switched to a capital font): compare case-folded.
        const fold = (s: string) => (article.encoding === "tcvn3" ? s.toLowerCase() : s);
        expect(fold(record.title), `${portal.family}/${article.id} (${article.encoding})`).toBe(
          fold(article.title.normalize("NFC")),
        );
        expect(record.body).toBe(record.body.normalize("NFC"));
        expect(record.body).not.toMatch(/[\u00b5-\u00be]\w/); // no TCVN3 mojibake such as "Th¾ng"
      }
  });

  it("leaves no gold boilerplate line in any body", () => {
    expect(goldBoilerplate.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const record of records.values())
      for (const line of goldBoilerplate) if (record.body.includes(line)) found.push(`${record.id}: ${line}`);
    expect(found).toEqual([]);
  });

  it("a second crawl over unchanged portals fetches no article page again", async () => {
    const before = server.requestLog.length;
    const second = await runCrawl(store, { sources: server.sources(), fetch: { retryBaseMs: 100 } });
    const articlePaths = new Set(
      server.portals.flatMap((p) => p.manifest.articles.map((a) => `${p.origin}${a.path}`)),
    );
    const refetched = server.requestLog
      .slice(before)
      .filter((entry) => articlePaths.has(`${entry.origin}${entry.path}`) && entry.method === "GET");
    expect(refetched).toEqual([]);
    expect(second.articlesFetched).toBe(0);
    expect(second.pagesFetched).toBeGreaterThan(0); // listings and feeds are re-visited
    expect(await store.countRecords()).toBe(records.size);
  });

  it("after one article changes on the portal, exactly that record is updated", async () => {
    const family = "liferay";
    const article = server.portal(family).manifest.articles.find((a) => a.topic)!;
    const id = recordIdFor(server.urlOf(family, article.id));
    const added = "Ban Thi đua - Khen thưởng tỉnh bổ sung danh sách khen thưởng đợt hai.";
    server.editArticle(family, article.id, (body) => `${body}\n\n${added}`);
    const third = await runCrawl(store, { sources: server.sources(), fetch: { retryBaseMs: 100 } });
    expect(third.updated).toBe(1);
    expect(third.inserted).toBe(0);
    expect(third.articlesFetched).toBe(1);
    const updated = await store.getRecord(id);
    expect(updated!.body).toContain(added);
    expect(updated!.contentHash).not.toBe(records.get(id)!.contentHash);
    expect(await store.countRecords()).toBe(records.size);
  });
});
