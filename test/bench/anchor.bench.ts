// Anchoring 500 annotations on one long page, string-level (shared/anchor) and DOM-level (the extension's
// PageAnnotator under jsdom, and bundled into a page of a real Chromium when one is installed), each against a
// baseline measured in the same run: a plain `indexOf` of every quote (string), and building the text index
// + `indexOf` of every quote (DOM, nothing drawn).
// Run: `npx tsx test/bench/anchor.bench.ts` (ANNOTATIONS=…, ROUNDS=… to change the sizes).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { anchorSelectors, describeTextRange } from "@vnfacts/shared/anchor";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumExecutablePath } from "../../crawler/src/fetch/browser-path.ts";
import { PageAnnotator } from "../../extension/lib/dom/page-annotator.ts";
import { buildTextIndex } from "../../extension/lib/dom/text-index.ts";
import type { Annotation, TagId } from "../../shared/src/schema/index.ts";
import { SEEDS_DIR } from "../support/shared-dir.ts";

// jsdom ships no types and only its constructor is used here.
const { JSDOM } = (await import("jsdom" as string)) as {
  JSDOM: new (html: string) => { window: Window & typeof globalThis };
};

const COUNT = Number(process.env.ANNOTATIONS ?? 500);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const here = dirname(fileURLToPath(import.meta.url));
const TAGS: TagId[] = ["award", "person", "locality", "metric", "date", "congress"];

/** A long page: the five seed articles, six times over, each copy under its own heading (~140k chars). */
function longPageParagraphs(): string[] {
  const seeds = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(SEEDS_DIR, f), "utf8"));
  const paragraphs: string[] = [];
  for (let copy = 1; copy <= 6; copy++) {
    for (const seed of seeds) {
      paragraphs.push(`Bài ${copy}.${paragraphs.length}`);
      for (const p of seed.split(/\n+/)) if (p.trim()) paragraphs.push(p.trim());
    }
  }
  return paragraphs;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run anchors the same quotes. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeAnnotations(text: string): Annotation[] {
  const rnd = random(42);
  const words = [...text.matchAll(/\S+/g)];
  const out: Annotation[] = [];
  for (let n = 0; n < COUNT; n++) {
    const first = Math.floor(rnd() * (words.length - 12));
    const last = first + 1 + Math.floor(rnd() * 10);
    const start = words[first]!.index;
    const end = words[last]!.index + words[last]![0].length;
    const { quote, position } = describeTextRange(text, start, end);
    out.push({
      id: `urn:uuid:00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`,
      target: { source: "https://bench.gov.vn/bai-dai.htm", selector: [quote, position] },
      tag: TAGS[n % TAGS.length]!,
      value: null,
      note: null,
      author: "Lan",
      created: "2026-01-28T09:00:00+07:00",
      modified: "2026-01-28T09:00:00+07:00",
      status: "tagged",
      provenance: "human",
    });
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(run: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const quoteOf = (a: Annotation) => (a.target.selector[0] as { exact: string }).exact;

/** The page changed: a line inserted at the top (positions shift) and a word changed in every 10th quote. */
function changedParagraphs(paragraphs: string[], annotations: Annotation[]): string[] {
  const edited = new Set(annotations.filter((_, i) => i % 10 === 0).map(quoteOf));
  const changed = ["Cập nhật lúc 10:15: bài viết được bổ sung ảnh và chỉnh sửa câu chữ.", ...paragraphs];
  return changed.map((p) => {
    let out = p;
    for (const q of edited) {
      if (q.includes(" ") && out.includes(q)) out = out.replace(q, q.replace(" ", " đã "));
    }
    return out;
  });
}

const paragraphs = longPageParagraphs();
const text = paragraphs.join("\n");
const annotations = makeAnnotations(text);
const changedText = changedParagraphs(paragraphs, annotations).join("\n");
const methods = (t: string) => {
  const counts: Record<string, number> = { position: 0, quote: 0, fuzzy: 0, orphan: 0 };
  for (const a of annotations) counts[anchorSelectors(t, a.target.selector)?.method ?? "orphan"]! += 1;
  return counts;
};

const baseline = time(() => annotations.map((a) => text.indexOf(quoteOf(a))));
const baselineChanged = time(() => annotations.map((a) => changedText.indexOf(quoteOf(a))));
const unchanged = time(() => annotations.map((a) => anchorSelectors(text, a.target.selector)));
const changed = time(() => annotations.map((a) => anchorSelectors(changedText, a.target.selector)));
const describe = time(() => annotations.map((a) => describeTextRange(text, 100, 140 + (a.id.length % 7))));

const html = (ps: string[]) =>
  `<!doctype html><html><body><main>${ps.map((p) => `<p>${p}</p>`).join("\n")}</main></body></html>`;
function domRun(ps: string[], draw: boolean): number {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const dom = new JSDOM(html(ps));
    const body = dom.window.document.body;
    const t0 = performance.now();
    if (draw) new PageAnnotator(body).sync(annotations);
    else {
      const index = buildTextIndex(body);
      for (const a of annotations) index.text.indexOf(quoteOf(a));
    }
    samples.push(performance.now() - t0);
    dom.window.close();
  }
  return median(samples);
}
const domBaseline = domRun(paragraphs, false);
const domUnchanged = domRun(paragraphs, true);
const domChanged = domRun(changedParagraphs(paragraphs, annotations), true);

// Runs in the page (bundled by esbuild, not by tsx, so its code is plain browser JavaScript).
const IN_PAGE_RUNNER = `
import { PageAnnotator } from "./extension/lib/dom/page-annotator.ts";
import { buildTextIndex } from "./extension/lib/dom/text-index.ts";
function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }
function run(markup, list, rounds, draw) {
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    document.body.innerHTML = markup;
    const t0 = performance.now();
    if (draw) new PageAnnotator(document.body).sync(list);
    else { const index = buildTextIndex(document.body); for (const a of list) index.text.indexOf(a.target.selector[0].exact); }
    document.body.getBoundingClientRect(); // include the layout the highlights cause
    samples.push(performance.now() - t0);
  }
  return median(samples);
}
export function runInPage({ pages, list, rounds }) {
  return { baseline: run(pages[0], list, rounds, false), unchanged: run(pages[0], list, rounds, true), changed: run(pages[1], list, rounds, true) };
}
`;

/** The same DOM runs inside Chromium: PageAnnotator bundled by esbuild and injected into the page. */
async function chromiumRuns(): Promise<{ baseline: number; unchanged: number; changed: number } | null> {
  const executablePath = chromiumExecutablePath();
  if (!executablePath) return null;
  const bundle = await build({
    stdin: {
      contents: IN_PAGE_RUNNER,
      resolveDir: resolve(here, "../.."),
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    globalName: "vnfactsBench",
    write: false,
  });
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, "--headless=new"] });
  try {
    const page = await browser.newPage();
    await page.setContent(html([]));
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const args = {
      pages: [paragraphs, changedParagraphs(paragraphs, annotations)].map((ps) =>
        ps.map((p) => `<p>${p}</p>`).join("\n"),
      ),
      list: annotations,
      rounds: ROUNDS,
    };
    // biome-ignore lint/suspicious/noExplicitAny: the bundle's global, typed by the bundle, not here.
    return await page.evaluate((a) => (window as any).vnfactsBench.runInPage(a), args);
  } finally {
    await browser.close();
  }
}
const inChromium = await chromiumRuns();

const ms = (x: number) => `${x.toFixed(2)} ms`;
const ratio = (x: number, base: number) => `${(x / base).toFixed(1)}×`;
console.log(
  `anchoring ${COUNT} annotations on one page of ${text.length} characters (median of ${ROUNDS} runs)`,
);
console.log(`string baseline, indexOf of every quote:        ${ms(baseline)}`);
console.log(`describeTextRange × ${COUNT} (tagging):            ${ms(describe)}`);
console.log(
  `anchorSelectors, unchanged page:                ${ms(unchanged)}  ${ratio(unchanged, baseline)}  ${JSON.stringify(methods(text))}`,
);
console.log(`string baseline on the changed page:               ${ms(baselineChanged)}`);
console.log(
  `anchorSelectors, changed page:                  ${ms(changed)}  ${ratio(changed, baselineChanged)}  ${JSON.stringify(methods(changedText))}`,
);
console.log(`DOM baseline (jsdom), text index + indexOf:     ${ms(domBaseline)}`);
console.log(
  `PageAnnotator.sync (anchor + draw), unchanged:   ${ms(domUnchanged)}  ${ratio(domUnchanged, domBaseline)}`,
);
console.log(
  `PageAnnotator.sync (anchor + draw), changed:     ${ms(domChanged)}  ${ratio(domChanged, domBaseline)}`,
);
if (inChromium) {
  console.log(`DOM baseline (Chromium), text index + indexOf:  ${ms(inChromium.baseline)}`);
  console.log(
    `PageAnnotator.sync in Chromium, unchanged:      ${ms(inChromium.unchanged)}  ${ratio(inChromium.unchanged, inChromium.baseline)}`,
  );
  console.log(
    `PageAnnotator.sync in Chromium, changed:        ${ms(inChromium.changed)}  ${ratio(inChromium.changed, inChromium.baseline)}`,
  );
} else console.log("Chromium not found (set CHROMIUM_PATH): DOM figures in Chromium skipped");
