import { Text } from "domhandler";
import { describe, expect, it } from "vitest";
import { textMixes } from "../../../test/support/text-mixes.ts";
import { DEFAULT_FIXTURES_DIR, DEMO_FAMILIES, loadFamilyFixtures, paragraphsOf } from "../demo/fixtures.ts";
import { broadcasterTemplate } from "../demo/render/broadcaster.ts";
import { cityportalTemplate } from "../demo/render/cityportal.ts";
import type { FamilyTemplate } from "../demo/render/common.ts";
import { liferayTemplate } from "../demo/render/liferay.ts";
import { newspaperTemplate } from "../demo/render/newspaper.ts";
import { loadPage, SelectorIndex, select, textOf } from "./dom.ts";
import { FAMILY_RULES } from "./families/index.ts";

const RULE_SELECTORS = Object.values(FAMILY_RULES).flatMap((r) => [
  ...r.body,
  ...r.title,
  ...r.date,
  ...r.section,
  ...r.byline,
  ...r.lead,
  ...r.clutter,
]);

/** Selectors the key filing must not get wrong: attribute values, lists, pseudo-classes, non-ASCII names. */
const TRICKY = [
  "meta",
  "time[datetime]",
  "a[href~=.pdf]",
  "a[data-k=.x.y]",
  "a[href$='.pdf']",
  "div > p",
  "p + p",
  "[class*=share]",
  "p:not(.sapo)",
  ".détail",
  "*",
  ".a.b",
  "#main .x",
  "div#main",
  ".x, .y",
  "li:last-child a",
  "H1",
  // Filed under an ancestor's class too: only elements below one carrying it are tested.
  ".box p",
  ".x .y",
  ".y .y",
  ".a > p",
  ".share-bar a",
  ".breadcrumb a",
  ".breadcrumb li:last-child a",
];

const PAGE = `<!DOCTYPE html><html><head><meta property="og:title" content="Tiêu đề"><title>T</title></head>
<body><div id="main" class="a\tb  x"><p class="sapo">Sapo</p><p>Một</p><p class="x y">Hai</p>
<a href="/tep/van-ban.pdf">PDF</a><a href="/a.html" data-k=".x.y">A</a><span class="détail">é</span>
<div class="box share-bar"><p>Chia sẻ</p></div><time datetime="2026-01-20">20/01</time>
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li></ul>
<div class="a&nbsp;b">nbsp</div><p class="box">not below a box</p>
<div class="y"><span class="x y">x y below y</span><div class="y"><span class="y">y below y below y</span></div></div><h1 class="detail-title">Tiêu đề</h1></div></body></html>`;

const TEMPLATES: Array<[string, FamilyTemplate]> = [
  ["newspaper", newspaperTemplate],
  ["broadcaster", broadcasterTemplate],
  ["liferay", liferayTemplate],
  ["cityportal", cityportalTemplate],
];

/** The first article of each demo family, rendered as the demo server serves it. */
function demoPages(): string[] {
  return TEMPLATES.flatMap(([family, template]) => {
    if (!(DEMO_FAMILIES as readonly string[]).includes(family)) return [];
    const { manifest, bodies } = loadFamilyFixtures(
      DEFAULT_FIXTURES_DIR,
      family as (typeof DEMO_FAMILIES)[number],
    );
    const origin = "http://127.0.0.1:8711";
    const articles = manifest.articles.map((article) => ({
      article,
      paragraphs: paragraphsOf(bodies.get(article.id) ?? ""),
      url: origin + article.path,
    }));
    const portal = { manifest, origin, now: new Date("2026-11-20T03:00:00Z"), articles };
    return articles.slice(0, 2).map((view) => template.renderArticle(portal, view));
  });
}

describe("SelectorIndex", () => {
  it("answers every selector exactly as a walk of its own would, on a tricky page and on the demo pages", () => {
    const selectors = [...new Set([...RULE_SELECTORS, ...TRICKY])];
    const pages = [PAGE, ...demoPages()];
    expect(pages.length).toBeGreaterThan(4);
    let matchedSomething = 0;
    for (const html of pages) {
      const doc = loadPage(html);
      const index = new SelectorIndex(doc, selectors);
      for (const selector of selectors) {
        const expected = select(doc, selector);
        expect(index.matching(selector), `${selector}`).toEqual(expected);
        if (expected.length) matchedSomething++;
      }
    }
    // The comparison is not vacuous: most selectors match something somewhere.
    expect(matchedSomething).toBeGreaterThan(40);
  });

  it("finds the first match with text by selector priority, strictly inside a scope", () => {
    const doc = loadPage(PAGE);
    const index = new SelectorIndex(doc, ["#main", ".x", ".sapo", "p"]);
    const main = index.matching("#main")[0]!;
    expect(index.first([".sapo", ".x"])?.attribs.class).toBe("sapo");
    expect(index.first([".x"], main)?.name).toBe("p");
    expect(index.first(["#main"], main)).toBeNull();
    expect(index.all([".sapo", ".x"]).map((el) => el.attribs.class)).toEqual([
      "a\tb  x",
      "sapo",
      "x y",
      "x y",
    ]);
    expect(() => index.matching("h2")).toThrow(/not indexed/);
  });
});

describe("textOf", () => {
  it("collapses every whitespace run (zero-width spaces too) to one space, trims and composes", () => {
    const pieces = [
      "a",
      "Kỳ Sơn",
      "Ky\u0300",
      " ",
      "  ",
      "\t",
      "\n",
      "\u00a0",
      "\u200b",
      " \u200b ",
      "\u3000",
      "x",
    ];
    for (const text of textMixes(pieces, 4))
      expect(textOf(new Text(text))).toBe(
        text
          .replace(/[\s\u00a0\u200b]+/g, " ")
          .trim()
          .normalize("NFC"),
      );
  });
});
