import { describe, expect, it } from "vitest";
import { makeRecord } from "../store/test-fixtures.ts";
import type { ArticleWrite, ArticleWriteResult } from "../store/types.ts";
import { ArticleWriter } from "./article-writer.ts";

const urlOf = (i: number) => `https://baophutho.example.vn/thi-dua/bai-${i}.htm`;
const urlOfWrite = (w: ArticleWrite) => (w.outcome === "kept" ? w.record.url : w.url);

/** A store that records each transaction's URLs and can refuse any batch holding a given URL. */
function fakeStore(refuse?: string) {
  const transactions: string[][] = [];
  return {
    transactions,
    async commitArticles(writes: ArticleWrite[]): Promise<ArticleWriteResult[]> {
      const urls = writes.map(urlOfWrite);
      if (refuse && urls.includes(refuse)) throw new Error(`record ${refuse}: title: Too small`);
      transactions.push(urls);
      return writes.map((w) => (w.outcome === "kept" ? "inserted" : w.outcome));
    },
  };
}

const dropped = (i: number): ArticleWrite => ({
  outcome: "dropped",
  url: urlOf(i),
  sourceId: "baophutho",
  reason: "off topic",
});

describe("ArticleWriter", () => {
  it("commits full batches of the given size and reports each write only after its commit", async () => {
    const store = fakeStore();
    const writer = new ArticleWriter(store, { batchSize: 50, maxDelayMs: 60_000 });
    const reported: Array<[string, ArticleWriteResult | { error: string }]> = [];
    for (let i = 0; i < 120; i++) {
      const write =
        i % 3 === 0 ? dropped(i) : { outcome: "kept" as const, record: makeRecord({ url: urlOf(i) }) };
      await writer.add(write, (result) => reported.push([urlOf(i), result]));
    }
    // 100 committed in two batches; the last 20 wait in the buffer, unreported.
    expect(store.transactions.map((t) => t.length)).toEqual([50, 50]);
    expect(reported).toHaveLength(100);
    await writer.close();
    expect(store.transactions.map((t) => t.length)).toEqual([50, 50, 20]);
    expect(reported).toHaveLength(120);
    expect(reported[3]).toEqual([urlOf(3), "dropped"]);
    expect(reported[119]).toEqual([urlOf(119), "inserted"]);
  });

  it("never puts the same URL twice in one transaction: the earlier write commits first", async () => {
    const store = fakeStore();
    const writer = new ArticleWriter(store, { batchSize: 50, maxDelayMs: 60_000 });
    await writer.add(dropped(1), () => {});
    await writer.add(dropped(2), () => {});
    await writer.add({ outcome: "kept", record: makeRecord({ url: urlOf(1) }) }, () => {});
    await writer.close();
    expect(store.transactions).toEqual([[urlOf(1), urlOf(2)], [urlOf(1)]]);
  });

  it("retries a refused batch one write at a time, so only the bad write fails", async () => {
    const store = fakeStore(urlOf(2));
    const writer = new ArticleWriter(store, { batchSize: 4, maxDelayMs: 60_000 });
    const outcomes = new Map<string, ArticleWriteResult | { error: string }>();
    for (let i = 0; i < 4; i++) await writer.add(dropped(i), (r) => outcomes.set(urlOf(i), r));
    await writer.close();
    expect(store.transactions).toEqual([[urlOf(0)], [urlOf(1)], [urlOf(3)]]);
    expect(outcomes.get(urlOf(2))).toEqual({ error: `record ${urlOf(2)}: title: Too small` });
    expect(outcomes.get(urlOf(3))).toBe("dropped");
  });

  it("commits a lone write after the delay, without waiting for a full batch", async () => {
    const store = fakeStore();
    const writer = new ArticleWriter(store, { batchSize: 50, maxDelayMs: 5 });
    const committed = new Promise((resolve) => void writer.add(dropped(7), resolve));
    expect(await committed).toBe("dropped");
    expect(store.transactions).toEqual([[urlOf(7)]]);
  });

  it("keeps committing when a callback throws", async () => {
    const store = fakeStore();
    const writer = new ArticleWriter(store, { batchSize: 1, maxDelayMs: 60_000 });
    await writer.add(dropped(1), () => {
      throw new Error("event sink broke");
    });
    await writer.add(dropped(2), () => {});
    await writer.close();
    expect(store.transactions).toEqual([[urlOf(1)], [urlOf(2)]]);
  });
});
