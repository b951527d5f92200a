import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contentHashOf, recordIdFor, Source } from "@vnfacts/shared";
import { describe, expect, it } from "vitest";
import { DEFAULT_FIXTURES_DIR, loadFamilyFixtures, paragraphsOf } from "../demo/fixtures.ts";
import type { ArticleView, PortalView } from "../demo/render/common.ts";
import { newspaperTemplate } from "../demo/render/newspaper.ts";
import { openStore } from "./index.ts";
import { reextractAll } from "./reextract.ts";

const ORIGIN = "http://127.0.0.1:8711";
const source = Source.parse({
  id: "demo-newspaper",
  name: "Báo Phú Thọ (demo)",
  province: "Phú Thọ",
  level: "province",
  kind: "newspaper",
  family: "newspaper",
  baseUrl: `${ORIGIN}/`,
  discovery: { feeds: [`${ORIGIN}/rss/home.rss`] },
});

function renderedNewspaperArticle(): { url: string; html: string; title: string } {
  const { manifest, bodies } = loadFamilyFixtures(DEFAULT_FIXTURES_DIR, "newspaper");
  const articles: ArticleView[] = manifest.articles.map((article) => ({
    article,
    paragraphs: paragraphsOf(bodies.get(article.id) ?? ""),
    url: ORIGIN + article.path,
  }));
  const portal: PortalView = { manifest, origin: ORIGIN, now: new Date("2026-02-01T01:00:00Z"), articles };
  const view = articles[0]!;
  return { url: view.url, html: newspaperTemplate.renderArticle(portal, view), title: view.article.title };
}

describe("reextractAll", () => {
  it("rebuilds records from raw pages and updates only those whose output changed", async () => {
    const store = await openStore(await mkdtemp(join(tmpdir(), "vnfacts-reextract-")));
    const page = renderedNewspaperArticle();
    await store.saveRawPage({
      url: page.url,
      sourceId: source.id,
      fetchedAt: "2026-02-01T01:00:00.000Z",
      status: 200,
      headers: { "Content-Type": "text/html; charset=utf-8" },
      body: new TextEncoder().encode(page.html),
    });

    const first = await reextractAll(store, [source]);
    expect(first).toMatchObject({ pages: 1, inserted: 1, updated: 0, unchanged: 0, failed: 0 });
    const record = (await store.getRecord(recordIdFor(page.url)))!;
    expect(record.title).toBe(page.title);
    expect(record.publicationDate.value).toBe("2026-01-27");

    // An older cleaner left the share bar in the body: re-extraction repairs that record in place.
    const body = `${record.body}\n\nChia sẻ: Facebook Zalo In bài viết`;
    await store.upsertRecord({ ...record, body, contentHash: contentHashOf(record.title, body) });
    expect(await reextractAll(store, [source])).toMatchObject({ updated: 1, unchanged: 0 });
    expect((await store.getRecord(record.id))!.body).toBe(record.body);

    expect(await reextractAll(store, [source])).toMatchObject({ updated: 0, unchanged: 1 });
    expect(await store.countRecords()).toBe(1);
    await store.close();
  });

  it("reads pages of a source it does not know with the generic extractor", async () => {
    const store = await openStore(await mkdtemp(join(tmpdir(), "vnfacts-reextract-")));
    const page = renderedNewspaperArticle();
    await store.saveRawPage({
      url: page.url,
      sourceId: "gone",
      fetchedAt: "2026-02-01T01:00:00.000Z",
      status: 200,
      headers: { "content-type": "text/html; charset=utf-8" },
      body: new TextEncoder().encode(page.html),
    });
    const counts = await reextractAll(store);
    expect(counts).toMatchObject({ pages: 1, inserted: 1 });
    expect(counts.notes).toEqual(["source gone: not in the registry, read with the generic extractor"]);
    await store.close();
  });
});
