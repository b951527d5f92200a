// The five real seed articles, noise included, as an unknown portal would serve them (one block per line of
// the text dump): the generic path must still find title, the article's own date, authors, and drop the clutter.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GOLD_DIR, SEEDS_DIR } from "../../../test/support/shared-dir.ts";
import { escapeHtml } from "../demo/render/common.ts";
import { cleanArticleHtml } from "./index.ts";

interface Gold {
  seed: string;
  title: string;
  section: string | null;
  publishedAt: string | null;
  authors: string[];
  boilerplate: string[];
}

const SEEDS = [
  "000_cafc750f5b66a2a3",
  "001_d481c4831115f2b3",
  "002_6fddf448753fa784",
  "003_e0d689f9959444f4",
  "004_cf5145809ceb1a09",
];
const FETCHED_AT = new Date("2026-01-21T10:00:00Z");

/** The seed dump as a page of an unknown layout: the title line becomes the `<h1>`, every other line a block. */
function pageOf(text: string, title: string): string {
  const blocks = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      if (line === title) return `<h1>${escapeHtml(line)}</h1>`;
      // Seeds 000/004 print the date and section run together on the line above the title.
      const run = /^date (\d{4}-\d{2}-\d{2}) (.+)$/.exec(line);
      if (run && !run[2]!.includes(title))
        return `<div class="meta"><span class="date">${run[1]}</span> ${escapeHtml(run[2]!)}</div>`;
      if (run)
        return `<div class="meta"><span class="date">${run[1]}</span></div><h1>${escapeHtml(title)}</h1>`;
      return `<p>${escapeHtml(line)}</p>`;
    });
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><div class="wrapper">${blocks.join("\n")}</div></body></html>`;
}

describe("seed articles through the generic extractor", () => {
  for (const seed of SEEDS) {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, `${seed}.json`), "utf8")) as Gold;
    const text = readFileSync(join(SEEDS_DIR, `${seed}.txt`), "utf8").normalize("NFC");
    it(`${seed}: ${gold.title.slice(0, 50)}`, () => {
      const clean = cleanArticleHtml(pageOf(text, gold.title), { fetchedAt: FETCHED_AT });
      expect(clean.title).toBe(gold.title);
      expect(clean.authors).toEqual(gold.authors);
      if (gold.publishedAt) expect(clean.publicationDate.value?.slice(0, 10)).toBe(gold.publishedAt);
      else {
        expect(clean.publicationDate).toMatchObject({
          precision: "approximate",
          origin: "relative",
          raw: "1 giờ trước",
        });
        expect(clean.publicationDate.value).toBe("2026-01-21T16:00:00+07:00");
      }
      for (const line of gold.boilerplate) expect(clean.body).not.toContain(line);
      for (const author of gold.authors) expect(clean.body.split("\n\n")).not.toContain(author);
      expect(clean.body.length).toBeGreaterThan(1000);
      expect(clean.body).not.toMatch(/\n{3}/);
    });
  }
});
