// Test helper run as a child process (tsx): crawls N synthetic article URLs into a store, printing each
// completed one, so a test can SIGKILL it mid-write and check that a resumed run ends with the same set.
import { openStore } from "./index.ts";
import { makeRecord } from "./test-fixtures.ts";

const [dataDir, countText] = process.argv.slice(2);
const count = Number(countText ?? 200);
const urlOf = (i: number) => `https://crash.example.vn/tin-tuc/bai-${String(i).padStart(4, "0")}.html`;

const store = await openStore(dataDir!);
const run = await store.startRun(1);
await store.discover(
  Array.from({ length: count }, (_, i) => ({ url: urlOf(i), sourceId: "crash", kind: "article" as const })),
);
for (;;) {
  const pending = await store.pendingArticles("crash", 10);
  if (pending.length === 0) break;
  for (const state of pending) {
    await store.saveRawPage({
      url: state.url,
      sourceId: "crash",
      fetchedAt: new Date().toISOString(),
      status: 200,
      headers: { "content-type": "text/html; charset=utf-8" },
      body: new TextEncoder().encode(`<html><body><p>${state.url}</p></body></html>`.repeat(50)),
    });
    const n = Number(/bai-(\d+)/.exec(state.url)![1]);
    if (n % 5 === 0) await store.markDropped(state.url, "off-topic");
    else
      await store.upsertRecord(
        makeRecord({ url: state.url, title: `Bài ${n}: phong trào thi đua yêu nước` }),
      );
    process.stdout.write(`done ${state.url}\n`);
    // Stands in for the fetch: keeps the run going long enough for the kill to land among writes.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 8));
  }
}
await store.finishRun(run, { status: "finished" });
await store.close();
process.stdout.write("finished\n");
