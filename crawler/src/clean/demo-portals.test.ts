// Every demo article, rendered by its family's template exactly as the demo server serves it, cleans to the
// manifest's title, date, section and authors, with the body's paragraphs intact and no gold clutter in it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GOLD_DIR } from "../../../test/support/shared-dir.ts";
import {
  DEFAULT_FIXTURES_DIR,
  DEMO_FAMILIES,
  type DemoFamily,
  loadFamilyFixtures,
  paragraphsOf,
} from "../demo/fixtures.ts";
import { broadcasterTemplate } from "../demo/render/broadcaster.ts";
import { cityportalTemplate } from "../demo/render/cityportal.ts";
import type { ArticleView, FamilyTemplate, PortalView } from "../demo/render/common.ts";
import { escapeHtml } from "../demo/render/common.ts";
import { liferayTemplate } from "../demo/render/liferay.ts";
import { newspaperTemplate } from "../demo/render/newspaper.ts";
import { spaTemplate } from "../demo/render/spa.ts";
import { cleanArticleHtml } from "./index.ts";

const TEMPLATES: Record<DemoFamily, FamilyTemplate> = {
  newspaper: newspaperTemplate,
  broadcaster: broadcasterTemplate,
  liferay: liferayTemplate,
  cityportal: cityportalTemplate,
  spa: spaTemplate,
};

/** Every clutter line the gold files list. */
const GOLD_BOILERPLATE: string[] = readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith(".json"))
  .flatMap(
    (f) => (JSON.parse(readFileSync(join(GOLD_DIR, f), "utf8")) as { boilerplate: string[] }).boilerplate,
  );

/** A clock far from every article date, so a cleaner that took the portal clock would fail. */
const NOW = new Date("2026-11-20T03:00:00Z");

function portalOf(family: DemoFamily): PortalView {
  const { manifest, bodies } = loadFamilyFixtures(DEFAULT_FIXTURES_DIR, family);
  const origin = "http://127.0.0.1:8711";
  const articles: ArticleView[] = manifest.articles.map((article) => ({
    article,
    paragraphs: paragraphsOf(bodies.get(article.id) ?? ""),
    url: origin + article.path,
  }));
  return { manifest, origin, now: NOW, articles };
}

/** What the SPA's script leaves in the DOM once it ran (the crawler sees the browser-rendered page). */
function renderedSpa(view: ArticleView): string {
  const captions = new Set(view.article.captions);
  const paragraphs = view.paragraphs
    .map((p) => (captions.has(p) ? `<figcaption>${escapeHtml(p)}</figcaption>` : `<p>${escapeHtml(p)}</p>`))
    .join("");
  const byline = view.article.byline
    ? `<p class="article-author">${escapeHtml(view.article.byline)}</p>`
    : "";
  return `<!DOCTYPE html><html lang="vi"><head><title>${escapeHtml(view.article.title)}</title></head><body data-loaded="true">
<header class="app-header"><a href="/">Cổng thông tin xã</a><nav><a href="/tin-tuc">Tin tức</a> <a href="/quan-tri/">Quản trị</a></nav></header>
<main id="app"><div id="content"><h1 class="article-title">${escapeHtml(view.article.title)}</h1>
<div class="article-meta">${escapeHtml(view.article.publicationDate.raw ?? "")}</div>
<div class="article-body">${paragraphs}${byline}</div></div></main></body></html>`;
}

for (const family of DEMO_FAMILIES) {
  describe(`demo ${family} portal`, () => {
    const portal = portalOf(family);
    for (const view of portal.articles) {
      const { article } = view;
      it(`${article.id}: ${article.title.slice(0, 60)}`, () => {
        const html = family === "spa" ? renderedSpa(view) : TEMPLATES[family].renderArticle(portal, view);
        const clean = cleanArticleHtml(html, { family, url: view.url, fetchedAt: NOW });
        expect(clean.title).toBe(article.title.normalize("NFC"));
        expect(clean.section).toBe(article.section);
        expect(clean.authors).toEqual(article.authors);
        expect(clean.publicationDate.raw?.replace(/\s+/g, " ")).toBe(
          (article.publicationDate.relative ?? article.publicationDate.raw)?.replace(/\s+/g, " ") ?? null,
        );
        if (article.publicationDate.value !== null) {
          expect(clean.publicationDate.value).toBe(article.publicationDate.value);
          expect(clean.publicationDate.precision).toBe(article.publicationDate.precision);
        } else if (article.publicationDate.relative) {
          expect(clean.publicationDate.precision).toBe("approximate");
          expect(clean.publicationDate.origin).toBe("relative");
          // "2 ngày trước" at NOW is NOW minus two days, to the minute.
          const [amount, unit] = article.publicationDate.relative.split(" ");
          const minutes = { phút: 1, giờ: 60, ngày: 1440 }[unit as "phút" | "giờ" | "ngày"];
          const expected = NOW.getTime() - Number(amount) * minutes * 60_000;
          expect(Math.abs(Date.parse(clean.publicationDate.value!) - expected)).toBeLessThan(60_000);
        }
        // Cleaning collapses runs of spaces and no-break spaces inside a paragraph.
        const squash = (p: string) =>
          p
            .normalize("NFC")
            .replace(/[\s\u00a0]+/g, " ")
            .trim();
        expect(clean.lead).toBe(article.lead && squash(article.lead));
        expect(clean.body).toBe(view.paragraphs.map(squash).join("\n\n"));
        for (const line of GOLD_BOILERPLATE) expect(clean.body).not.toContain(line);
      });
    }
  });
}
