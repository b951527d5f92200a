// Fact extraction speed on the five seed articles (text dump → CleanArticle → facts), in ms per KB of
// input, against a baseline measured in the same run: one plain regex scan of the same text (numbers and
// capitalized words), the least any rule-based pass has to do. The one-off gazetteer index build is
// reported apart. Run: `npx tsx test/bench/extract.bench.ts` (ROUNDS=… to change the repetitions).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractArticle, parseTextDocument } from "@vnfacts/shared/extract";
import { unitsNamed } from "@vnfacts/shared/gazetteer";
import { SEEDS_DIR } from "../support/shared-dir.ts";

const ROUNDS = Number(process.env.ROUNDS ?? 200);
const seedsDir = process.env.VNFACTS_SEEDS ?? SEEDS_DIR;
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), "utf8"));
const kb = seeds.reduce((n, s) => n + new TextEncoder().encode(s).length, 0) / 1024;
const fetchedAt = new Date("2026-01-27T05:00:00Z");

let t = performance.now();
unitsNamed("Kỳ Sơn"); // builds the gazetteer index once
const gazetteerMs = performance.now() - t;

function extractAll(): number {
  let facts = 0;
  for (const s of seeds) facts += extractArticle(parseTextDocument(s, { fetchedAt })).facts.length;
  return facts;
}
const BASELINE = /\d+(?:[.,]\d+)*|[\p{Lu}][\p{Ll}\p{M}]+/gu;
function baselineAll(): number {
  let n = 0;
  for (const s of seeds) for (const _ of s.matchAll(BASELINE)) n++;
  return n;
}

function time(fn: () => number): { msPerKb: number; sink: number } {
  for (let i = 0; i < 20; i++) fn(); // warm-up
  let sink = 0;
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    t = performance.now();
    sink += fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { msPerKb: samples[Math.floor(samples.length / 2)]! / kb, sink };
}

const extraction = time(extractAll);
const baseline = time(baselineAll);
console.log(`seeds: ${seeds.length} articles, ${kb.toFixed(1)} KB; ${ROUNDS} rounds, median`);
console.log(`gazetteer index build (once): ${gazetteerMs.toFixed(1)} ms`);
console.log(`extraction (clean + facts):   ${extraction.msPerKb.toFixed(4)} ms/KB`);
console.log(`baseline (one regex scan):    ${baseline.msPerKb.toFixed(4)} ms/KB`);
console.log(`ratio extraction / baseline:  ${(extraction.msPerKb / baseline.msPerKb).toFixed(1)}×`);
console.log(`target: well under 1 ms/KB → ${extraction.msPerKb < 1 ? "met" : "NOT met"}`);
if (extraction.sink === 0) process.exitCode = 1;
