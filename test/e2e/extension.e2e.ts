import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { canonicalUrl } from "@vnfacts/shared";
import { parseAnnotationsJsonl } from "@vnfacts/shared/export";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoServer } from "../../crawler/src/demo/server.ts";
import { type ExtensionBrowser, selectText as select } from "../support/chromium.ts";
import {
  downloadText,
  type ExtensionDemo,
  openPage,
  openSidePanel,
  startExtensionDemo,
  toolbarOf as toolbar,
} from "../support/extension.ts";
import { validateW3C } from "../support/w3c.ts";

// The extension in a real Chromium against a demo-portal article: tag three facts through the toolbar,
// reload, re-anchor after the server changes the text, export, and check that the page cannot see any of it.

const docsDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../docs");
const AWARD = "Bằng khen cho 5 cá nhân";
const PERSON = "Nguyễn Hữu Cường";
const METRIC = "thu ngân sách Nhà nước đạt trên 16,9 tỷ đồng";

let demo: ExtensionDemo;
let server: DemoServer;
let browser: ExtensionBrowser;
let articleUrl: string;

beforeAll(async () => {
  demo = await startExtensionDemo();
  ({ server, browser, articleUrl } = demo);
});

afterAll(() => demo?.close());

/** The text of each annotation's highlight on the page (adjacent highlight elements of one quote joined). */
async function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    let last: Element | null = null;
    for (const el of document.querySelectorAll("vnfacts-hl")) {
      // Elements of one highlight follow each other in document order with only their own text between.
      if (last && last.nextSibling === el) out[out.length - 1] += el.textContent ?? "";
      else out.push(el.textContent ?? "");
      last = el;
    }
    return out;
  });
}

async function waitForHighlights(page: Page, count: number): Promise<string[]> {
  await expect.poll(async () => (await highlightTexts(page)).length, { timeout: 15_000 }).toBe(count);
  return highlightTexts(page);
}

const openArticle = () => openPage(browser, articleUrl);

describe("browser extension in Chromium", () => {
  it("tags three facts through the real toolbar (click, note + value, digit shortcut)", async () => {
    const page = await openArticle();

    await select(page, AWARD);
    await toolbar(page).waitFor({ state: "visible" });
    const shot = join(docsDir, "toolbar.png");
    if (process.env.VNFACTS_SCREENSHOTS === "1" || !existsSync(shot)) {
      const box = (await toolbar(page).boundingBox())!;
      await page.screenshot({
        path: shot,
        clip: {
          x: Math.max(0, box.x - 40),
          y: Math.max(0, box.y - 90),
          width: box.width + 80,
          height: box.height + 110,
        },
      });
    }
    await toolbar(page).locator('[data-tag="award"]').click();
    await waitForHighlights(page, 1);

    await select(page, METRIC);
    await toolbar(page).waitFor({ state: "visible" });
    await toolbar(page).locator(".vnf-note").fill("thu ngân sách 2025");
    await toolbar(page).locator(".vnf-value").fill("16900000000");
    await toolbar(page).locator('[data-tag="metric"]').click();
    await waitForHighlights(page, 2);

    await select(page, PERSON);
    await toolbar(page).waitFor({ state: "visible" });
    await page.keyboard.press("2"); // the second tag: person
    const texts = await waitForHighlights(page, 3);
    expect(texts.sort()).toEqual([AWARD, METRIC, PERSON].sort());
    await expect.poll(() => toolbar(page).count()).toBe(0);

    // Esc dismisses the toolbar without tagging.
    await select(page, "680 lao động");
    await toolbar(page).waitFor({ state: "visible" });
    await page.keyboard.press("Escape");
    await expect.poll(() => toolbar(page).count()).toBe(0);
    expect(await highlightTexts(page)).toHaveLength(3);
    await page.close();
  });

  it("finds the three highlights after a reload", async () => {
    const page = await openArticle();
    expect((await waitForHighlights(page, 3)).sort()).toEqual([AWARD, METRIC, PERSON].sort());
    await page.close();
  });

  it("opens an existing highlight to change its tag", async () => {
    const page = await openArticle();
    await waitForHighlights(page, 3);
    await page.locator("vnfacts-hl", { hasText: PERSON }).first().click();
    await toolbar(page).waitFor({ state: "visible" });
    await expect.poll(() => toolbar(page).locator(".vnf-current").getAttribute("data-tag")).toBe("person");
    await toolbar(page).locator('[data-tag="position"]').click();
    await expect.poll(() => toolbar(page).count()).toBe(0);
    const style = await page.locator("vnfacts-hl", { hasText: PERSON }).first().getAttribute("style");
    expect(style).toContain("#7baaf7"); // the position tag's colour
    await page.close();
  });

  it("re-anchors after the server changed the article's text", async () => {
    server.editArticle("newspaper", "np-01", (body) =>
      body
        .replace("Chiều 27/1,", "Chiều thứ Ba, ngày 27/1/2026,")
        .replace("đạt trên 16,9 tỷ đồng", "đạt hơn 16,9 tỷ đồng"),
    );
    const page = await openArticle();
    const texts = await waitForHighlights(page, 3);
    expect(texts.sort()).toEqual([AWARD, "thu ngân sách Nhà nước đạt hơn 16,9 tỷ đồng", PERSON].sort());
    // The side panel marks the fuzzy anchor for a second look.
    const panel = await openSidePanel(browser, articleUrl);
    await expect.poll(() => panel.locator('[data-list="page"] .approx').count(), { timeout: 10_000 }).toBe(1);
    expect(
      await panel.locator('[data-list="page"] li', { has: panel.locator(".approx") }).textContent(),
    ).toContain("16,9 tỷ đồng");
    await panel.close();
    await page.close();
  });

  it("lists the page in the popup and side panel and exports JSONL and W3C JSON-LD that pass the W3C checks", async () => {
    const page = await openArticle();
    await waitForHighlights(page, 3);
    const pageKey = encodeURIComponent(articleUrl);

    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?url=${pageKey}`));
    await expect.poll(() => popup.locator("[data-total]").textContent()).toBe("3");
    expect(await popup.locator('tr[data-tag="award"] td').last().textContent()).toBe("1");
    await popup.close();

    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 760 });
    await panel.goto(browser.extensionUrl(`sidepanel.html?url=${pageKey}`));
    await expect.poll(() => panel.locator('[data-list="page"] li').count()).toBe(3);
    const shot = join(docsDir, "sidepanel.png");
    if (process.env.VNFACTS_SCREENSHOTS === "1" || !existsSync(shot)) await panel.screenshot({ path: shot });

    await panel.getByRole("tab", { name: /Xuất/ }).click();
    const annotations = parseAnnotationsJsonl(await downloadText(panel, "export-jsonl-page"));
    expect(annotations).toHaveLength(3);
    expect(new Set(annotations.map((a) => a.target.source))).toEqual(new Set([canonicalUrl(articleUrl)]));
    expect(annotations.map((a) => a.tag).sort()).toEqual(["award", "metric", "position"]);
    const metric = annotations.find((a) => a.tag === "metric")!;
    expect(metric).toMatchObject({
      note: "thu ngân sách 2025",
      value: 16900000000,
      status: "tagged",
      provenance: "human",
    });

    const collection = JSON.parse(await downloadText(panel, "export-w3c-all"));
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.total).toBe(3);
    for (const item of collection.first.items) {
      const result = validateW3C({ "@context": collection["@context"], ...item });
      expect(result.failed).toEqual([]);
      expect(result.passed.length).toBeGreaterThan(0);
      expect(item.motivation).toBe("tagging");
      expect(item.target.source).toBe(canonicalUrl(articleUrl));
    }
    await panel.close();
    await page.close();
  });

  it("scrolls the page to a highlight clicked in the side panel", async () => {
    const page = await openArticle();
    await waitForHighlights(page, 3);
    await page.evaluate(() => window.scrollTo(0, 0));
    const panel = await openSidePanel(browser, articleUrl);
    await panel.locator('[data-list="page"] li', { hasText: METRIC.slice(0, 20) }).click();
    // The metric paragraph is below the fold of a 900-pixel viewport: the page must have scrolled to it.
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });

  it("highlights text that a single-page app renders late", async () => {
    const id = server.portal("spa").manifest.articles[0]!.id;
    const spaUrl = server.urlOf("spa", id);
    const quote = "Đại hội đại biểu Đảng bộ xã Tân Lạc";
    const page = await browser.context.newPage();
    await page.goto(spaUrl);
    await page.locator("#content p").first().waitFor();
    await select(page, quote);
    await toolbar(page).waitFor({ state: "visible" });
    await toolbar(page).locator('[data-tag="congress"]').click();
    await waitForHighlights(page, 1);
    // Next load: the article's JSON arrives 1.5 s late, long after the content script anchored.
    const apiPath = `/api/articles/${await page.locator("#app").getAttribute("data-article-id")}.json`;
    server.injectFault("spa", apiPath, { status: 200, times: 1, delayMs: 1500 });
    await page.reload();
    await page.locator("#vnfacts-tagger").waitFor({ state: "attached" });
    expect(await page.locator("#content p").count()).toBe(0);
    expect(await waitForHighlights(page, 1)).toEqual([quote]);
    await page.close();
  });

  it("follows a single-page app's URL change: another page's annotations, then back", async () => {
    const page = await openArticle();
    await waitForHighlights(page, 3);
    // What a router does: push a new URL and render into the page.
    await page.evaluate(() => {
      history.pushState({}, "", "/trang-khac-123.htm");
      document.body.append(
        Object.assign(document.createElement("p"), { textContent: "Nội dung trang khác" }),
      );
    });
    await waitForHighlights(page, 0);
    await page.evaluate(() => history.back());
    expect((await waitForHighlights(page, 3)).sort()).toEqual(
      [AWARD, "thu ngân sách Nhà nước đạt hơn 16,9 tỷ đồng", PERSON].sort(),
    );
    await page.close();
  });

  it("lets no page script see an annotation", async () => {
    const page = await openArticle();
    await waitForHighlights(page, 3);
    const panel = await openSidePanel(browser);
    // The ids, notes and tags as stored (read in the extension's own origin).
    const stored = await panel.evaluate(
      () =>
        new Promise<{ id: string; note: string | null; author: string }[]>((done, fail) => {
          const open = indexedDB.open("vnfacts");
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction("annotations").objectStore("annotations").getAll();
            req.onsuccess = () => done(req.result);
          };
        }),
    );
    await panel.close();
    expect(stored).toHaveLength(4); // three on the newspaper article, one on the single-page app

    // Everything below runs in the page's own JavaScript world.
    const seen = await page.evaluate(async () => {
      const databases = (await indexedDB.databases()).map((d) => d.name);
      const globals = Object.keys(window).filter((k) => /vnfacts|plasmo|annotation|dexie/i.test(k));
      const attributes: string[] = [];
      for (const el of document.querySelectorAll("*")) {
        for (const name of el.getAttributeNames()) attributes.push(`${name}=${el.getAttribute(name)}`);
      }
      const storage = [...Object.keys(localStorage), ...Object.keys(sessionStorage)];
      const host = document.getElementById("vnfacts-tagger");
      return {
        databases,
        globals,
        attributes: attributes.join("\n"),
        storage,
        toolbarText: host?.shadowRoot?.textContent ?? "",
        highlightAttributes: [...document.querySelectorAll("vnfacts-hl")].flatMap((el) =>
          el.getAttributeNames(),
        ),
      };
    });
    expect(seen.databases).toEqual([]);
    expect(seen.globals).toEqual([]);
    expect(seen.storage).toEqual([]);
    expect(new Set(seen.highlightAttributes)).toEqual(new Set(["style"]));
    for (const a of stored) {
      expect(seen.attributes).not.toContain(a.id);
      if (a.note) expect(seen.attributes).not.toContain(a.note);
      expect(seen.attributes).not.toContain(a.author);
    }
    for (const tag of ["award", "metric", "position"])
      expect(seen.attributes).not.toMatch(new RegExp(`="?${tag}"?$`, "m"));
    expect(seen.toolbarText).not.toContain("thu ngân sách 2025");
    await page.close();
  });

  it("lists an annotation whose text left the page as an orphan, and keeps it", async () => {
    server.editArticle("newspaper", "np-01", (body) =>
      body.replace(/thu ngân sách Nhà nước đạt (trên|hơn) 16,9 tỷ đồng; /, ""),
    );
    const page = await openArticle();
    expect((await waitForHighlights(page, 2)).sort()).toEqual([AWARD, PERSON].sort());
    const panel = await openSidePanel(browser, articleUrl);
    await expect.poll(() => panel.locator('[data-list="orphans"] li').count(), { timeout: 10_000 }).toBe(1);
    expect(await panel.locator('[data-list="orphans"] li').textContent()).toContain("16,9 tỷ đồng");
    expect(await panel.locator('[data-list="page"] li').count()).toBe(2);
    await panel.close();
    await page.close();
  });
});
