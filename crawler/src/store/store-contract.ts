// The behaviour every CrawlStore backend must show; run against PGlite always and PostgreSQL when reachable.
import { expect, it } from "vitest";
import type { SqlCrawlStore } from "./sql-store.ts";
import { makeRecord, withBody } from "./test-fixtures.ts";

export function storeContract(open: () => Promise<SqlCrawlStore>): void {
  it("discovers new URLs once and re-queues a kept article only for a newer lastmod", async () => {
    const store = await open();
    const a = "https://kyson.example.vn/tin-tuc/a-1.html";
    const b = "https://kyson.example.vn/tin-tuc/b-2.html";
    expect(
      await store.discover([
        { url: a, sourceId: "s1", kind: "article", lastmod: "2026-01-27T08:00:00+07:00" },
        { url: b, sourceId: "s1", kind: "article" },
      ]),
    ).toBe(2);
    expect(await store.discover([{ url: a, sourceId: "s1", kind: "article" }])).toBe(0);
    expect((await store.pendingArticles("s1")).map((u) => u.url)).toEqual([a, b]);
    expect((await store.getUrlState(a))!.lastmod).toBe("2026-01-27T01:00:00.000Z");

    await store.upsertRecord(makeRecord({ url: a }));
    await store.markDropped(b, "off-topic: score 0");
    expect(await store.pendingArticles("s1")).toEqual([]);
    expect([...(await store.knownArticleUrls("s1"))].sort()).toEqual([a, b]);
    expect((await store.getUrlState(b))!.failureReason).toBe("off-topic: score 0");

    // Same lastmod: nothing to do. Newer lastmod: pending again.
    expect(
      await store.discover([{ url: a, sourceId: "s1", kind: "article", lastmod: "2026-01-27T01:00:00Z" }]),
    ).toBe(0);
    expect(await store.discover([{ url: a, sourceId: "s1", kind: "article", lastmod: "2026-02-01" }])).toBe(
      1,
    );
    expect((await store.getUrlState(a))!.status).toBe("pending");
    await store.close();
  });

  it("discovers a sitemap-sized batch, a URL listed twice counting once with its newest lastmod", async () => {
    const store = await open();
    const entries = Array.from({ length: 2500 }, (_, i) => ({
      url: `https://baophutho.example.vn/bai-${i}.htm`,
      sourceId: "baophutho",
      kind: "article" as const,
      lastmod: `2025-07-${String((i % 28) + 1).padStart(2, "0")}`,
    }));
    const twice = { ...entries[7]!, lastmod: "2025-12-31T00:00:00Z" };
    expect(await store.discover([...entries, twice])).toBe(2500);
    expect(await store.discover(entries)).toBe(0);
    expect((await store.getUrlState(twice.url))!.lastmod).toBe("2025-12-31T00:00:00.000Z");
    expect((await store.pendingArticles("baophutho", 1))[0]!.url).toBe(twice.url);
    await store.close();
  });

  it("inserts, leaves unchanged, and updates a record in place (same id, no duplicate)", async () => {
    const store = await open();
    const url = "https://kyson.example.vn/tin-tuc/c-3.html";
    const record = makeRecord({ url });
    expect(await store.upsertRecord(record)).toBe("inserted");
    expect(await store.upsertRecord({ ...record, fetchedAt: "2026-02-01T00:00:00.000Z" })).toBe("unchanged");
    const edited = withBody(record, `${record.body}\n\nĐã cập nhật danh sách khen thưởng.`);
    expect(await store.upsertRecord(edited)).toBe("updated");
    expect(await store.countRecords()).toBe(1);
    expect((await store.getRecord(record.id))!.body).toBe(edited.body);
    expect((await store.getUrlState(url))!.contentHash).toBe(edited.contentHash);
    await expect(store.upsertRecord({ ...record, title: "" })).rejects.toThrow(/title/);
    // With its raw page, in the same statement.
    const raw = {
      url: record.url,
      sourceId: record.sourceId,
      fetchedAt: "2026-02-02T00:00:00.000Z",
      status: 200,
      headers: { "content-type": "text/html" },
      body: new TextEncoder().encode("<p>Đã cập nhật</p>"),
    };
    expect(await store.upsertRecord(edited, raw)).toBe("unchanged");
    expect(new TextDecoder().decode((await store.getRawPage(record.url))!.body)).toBe("<p>Đã cập nhật</p>");
    await store.close();
  });

  it("keeps raw pages compressed and gives back the exact bytes and headers", async () => {
    const store = await open();
    const body = new TextEncoder().encode(`<html><body>${"Thi đua yêu nước. ".repeat(500)}</body></html>`);
    await store.saveRawPage({
      url: "https://kyson.example.vn/tin-tuc/d-4.html",
      sourceId: "s1",
      fetchedAt: "2026-01-28T01:02:03.000Z",
      status: 200,
      headers: { "content-type": "text/html; charset=utf-8" },
      body,
    });
    const page = await store.getRawPage("https://kyson.example.vn/tin-tuc/d-4.html");
    expect(page!.headers).toEqual({ "content-type": "text/html; charset=utf-8" });
    expect(page!.fetchedAt).toBe("2026-01-28T01:02:03.000Z");
    expect(Buffer.from(page!.body).equals(Buffer.from(body))).toBe(true);
    const all = [];
    for await (const p of store.iterateRawPages()) all.push(p.url);
    expect(all).toEqual(["https://kyson.example.vn/tin-tuc/d-4.html"]);
    await store.close();
  });

  it("retries transient failures up to the limit and lists failures with reasons", async () => {
    const store = await open();
    const url = "https://kyson.example.vn/tin-tuc/e-5.html";
    await store.discover([{ url, sourceId: "s1", kind: "article" }]);
    await store.markFailed(url, "HTTP 503");
    expect((await store.pendingArticles()).map((u) => u.url)).toEqual([url]);
    await store.markFailed(url, "HTTP 503");
    await store.markFailed(url, "HTTP 503");
    expect(await store.pendingArticles()).toEqual([]);
    expect(await store.knownArticleUrls("s1")).toEqual(new Set([url]));
    await store.markFailed("https://kyson.example.vn/x.html", "cannot decode: TCVN3?", { permanent: true });
    const failures = await store.failures();
    expect(failures.map((f) => [f.url, f.failureReason, f.attempts])).toEqual(
      expect.arrayContaining([
        [url, "HTTP 503", 3],
        ["https://kyson.example.vn/x.html", "cannot decode: TCVN3?", 1],
      ]),
    );
    await store.close();
  });

  it("records runs newest first", async () => {
    const store = await open();
    const first = await store.startRun(3);
    await store.finishRun(first, { pagesFetched: 10, kept: 4, dropped: 5, failed: 1 });
    const second = await store.startRun(3);
    const runs = await store.runs();
    expect(runs.map((r) => [r.id, r.status])).toEqual([
      [second, "running"],
      [first, "finished"],
    ]);
    expect(runs[1]).toMatchObject({ sources: 3, pagesFetched: 10, kept: 4, dropped: 5, failed: 1 });
    expect(runs[1]!.finishedAt).not.toBeNull();
    await store.close();
  });
}
