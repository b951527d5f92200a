// Crawler throughput and cost on the generated demo portal (≥ 10,000 article pages), politeness off.
// Prints articles/s, CPU ms per article of the whole pipeline (discovery, fetch, decode, clean, classify,
// extract, zod, store) against the floor measured in the same run — a bare loop that only fetches the same
// article pages and parses them with cheerio — and peak RSS at 1k and at 10k pages.
// The demo server runs in its own process so its rendering is charged to neither side.
// The full size is measured twice on each side (ROUNDS=…), in turn, and the ratio uses each side's best run.
// Run: `npx tsx test/bench/crawl.bench.ts` (ARTICLES=… to change the portal size, default 10000).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Source } from "@vnfacts/shared";
import * as cheerio from "cheerio";

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const CONCURRENCY = 8;
/** How many times the full-size floor and pipeline are each measured (ROUNDS=…). */
const ROUNDS = Math.max(1, Number(process.env.ROUNDS ?? 2));
const self = fileURLToPath(import.meta.url);

interface Served {
  source: Source;
  urls: string[];
}
interface Measured {
  articles: number;
  cpuMs: number;
  wallMs: number;
  peakRssMb: number;
  /** RSS when 1k articles were done (pipeline only). */
  rssAt1kMb?: number;
  rssAtEndMb?: number;
  /** V8 heap at the same two points: flat heap + growing RSS points at native/WASM memory (the database). */
  heapAt1kMb?: number;
  heapAtEndMb?: number;
  kept?: number;
  /** Wall ms in record building (synchronous CPU: clean, classify, extract, zod) and in store calls. */
  buildMs?: number;
  storeMs?: number;
  dropped?: number;
  failed?: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};

async function serve(): Promise<void> {
  const { startDemoServer } = await import("../../crawler/src/demo/server.ts");
  const server = await startDemoServer({ basePort: 0, synthetic: { articles: ARTICLES } });
  const portal = server.portal("synthetic");
  const urls = portal.manifest.articles.map((a) => server.urlOf("synthetic", a.id));
  process.stdout.write(`${JSON.stringify({ source: portal.source, urls } satisfies Served)}\n`);
  process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
}

async function floor(served: Served, limit: number): Promise<Measured> {
  const urls = served.urls.slice(0, limit);
  const start = process.cpuUsage();
  const t0 = performance.now();
  let next = 0;
  let sink = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < urls.length) {
        const url = urls[next++]!;
        const html = await (await fetch(url)).text();
        sink += cheerio.load(html)("p").length;
      }
    }),
  );
  if (sink === 0) throw new Error("floor parsed nothing");
  return {
    articles: urls.length,
    cpuMs: cpuMsSince(start),
    wallMs: performance.now() - t0,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

async function pipeline(served: Served, limit: number): Promise<Measured> {
  const { runCrawl } = await import("../../crawler/src/crawl/run.ts");
  const { openStore } = await import("../../crawler/src/store/index.ts");
  const dir = mkdtempSync(join(tmpdir(), "vnfacts-bench-"));
  const store = await openStore(dir);
  let articles = 0;
  let rssAt1kMb: number | undefined;
  let heapAt1kMb: number | undefined;
  const start = process.cpuUsage();
  const t0 = performance.now();
  try {
    const summary = await runCrawl(store, {
      sources: [served.source],
      politeness: false,
      maxPages: limit,
      fetch: { maxConcurrency: CONCURRENCY },
      onEvent: (event) => {
        if (event.type === "article" && ++articles === 1000) {
          const memory = process.memoryUsage();
          rssAt1kMb = mb(memory.rss);
          heapAt1kMb = mb(memory.heapUsed);
        }
      },
    });
    return {
      articles: summary.articlesFetched,
      cpuMs: cpuMsSince(start),
      wallMs: performance.now() - t0,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      ...(rssAt1kMb !== undefined ? { rssAt1kMb, heapAt1kMb } : {}),
      rssAtEndMb: mb(process.memoryUsage().rss),
      heapAtEndMb: mb(process.memoryUsage().heapUsed),
      kept: summary.kept,
      buildMs: summary.stageMs.build,
      storeMs: summary.stageMs.store,
      dropped: summary.dropped,
      failed: summary.failed,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function readLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      const nl = buffer.indexOf("\n");
      if (nl >= 0) resolve(buffer.slice(0, nl));
    });
    child.once("exit", (code) => reject(new Error(`child exited (${code}) before answering`)));
  });
}

/** Runs one measurement in a fresh process: its peak RSS is its own. */
async function measure(role: "floor" | "pipeline", served: Served, limit: number): Promise<Measured> {
  const child = spawn(process.execPath, ["--import", "tsx", self, role, String(limit)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  child.stdin!.end(JSON.stringify(served));
  return JSON.parse(await readLine(child)) as Measured;
}

async function main(): Promise<void> {
  const server = spawn(process.execPath, ["--import", "tsx", self, "serve"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const served = JSON.parse(await readLine(server)) as Served;
    console.log(
      `synthetic portal: ${served.urls.length} article pages; concurrency ${CONCURRENCY}; politeness off`,
    );
    const rows: Array<[string, Measured]> = [];
    rows.push(["floor 1000", await measure("floor", served, 1000)]);
    rows.push(["pipeline 1000", await measure("pipeline", served, 1000)]);
    // The full size is measured ROUNDS times, floor and pipeline in turn: a shared machine's noise only ever
    // adds CPU time (another process, a slower core), so each side's least disturbed run is the estimate.
    const floors: Measured[] = [];
    const pipelines: Measured[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const floorRun = await measure("floor", served, served.urls.length);
      const pipelineRun = await measure("pipeline", served, served.urls.length);
      floors.push(floorRun);
      pipelines.push(pipelineRun);
      rows.push([`floor ${served.urls.length}`, floorRun], [`pipeline ${served.urls.length}`, pipelineRun]);
    }
    for (const [name, m] of rows) {
      const perArticle = m.cpuMs / m.articles;
      console.log(
        `${name.padEnd(15)} ${m.articles} articles in ${(m.wallMs / 1000).toFixed(1)} s = ${(m.articles / (m.wallMs / 1000)).toFixed(0)} articles/s; CPU ${perArticle.toFixed(2)} ms/article; peak RSS ${m.peakRssMb.toFixed(0)} MB` +
          (m.kept !== undefined ? `; kept ${m.kept}, dropped ${m.dropped}, failed ${m.failed}` : "") +
          (m.buildMs !== undefined
            ? `; build ${(m.buildMs / m.articles).toFixed(2)} ms/article, store calls ${(m.storeMs! / m.articles).toFixed(2)} ms/article (wall, concurrent)`
            : "") +
          (m.rssAt1kMb !== undefined
            ? `; RSS at 1k ${m.rssAt1kMb.toFixed(0)} MB, at end ${m.rssAtEndMb!.toFixed(0)} MB (V8 heap ${m.heapAt1kMb!.toFixed(0)} → ${m.heapAtEndMb!.toFixed(0)} MB)`
            : ""),
      );
    }
    const cpuPerArticle = (m: Measured) => m.cpuMs / m.articles;
    const best = (runs: Measured[]) => Math.min(...runs.map(cpuPerArticle));
    const ratio = best(pipelines) / best(floors);
    const perRound = pipelines.map((p, i) => (cpuPerArticle(p) / cpuPerArticle(floors[i]!)).toFixed(2));
    console.log(
      `ratio pipeline / floor (CPU per article, ${served.urls.length} pages, best of ${ROUNDS} runs each): ${ratio.toFixed(2)}× (target ≤ 2×); round by round: ${perRound.join("×, ")}×`,
    );
    const [, pipeSmall] = rows[1]!;
    const pipeBigRss = Math.max(...pipelines.map((p) => p.peakRssMb));
    console.log(
      `peak RSS pipeline: ${pipeSmall.peakRssMb.toFixed(0)} MB at 1k pages, ${pipeBigRss.toFixed(0)} MB at ${served.urls.length} pages (growth ${(pipeBigRss / pipeSmall.peakRssMb).toFixed(2)}×)`,
    );
  } finally {
    server.kill("SIGTERM");
  }
}

const [role, limit] = process.argv.slice(2);
if (role === "serve") await serve();
else if (role === "floor" || role === "pipeline") {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const served = JSON.parse(input) as Served;
  const result =
    role === "floor" ? await floor(served, Number(limit)) : await pipeline(served, Number(limit));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
} else await main();
