import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { canonicalUrl } from "@vnfacts/shared";
import { parseAnnotationsJsonl, parseCsv } from "@vnfacts/shared/export";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoServer } from "../../crawler/src/demo/server.ts";
import { demoRecord } from "../../shared/src/export/test-fixtures.ts";
import type { ExtensionBrowser } from "../support/chromium.ts";
import { vnfacts } from "../support/cli.ts";
import {
  downloadText as download,
  type ExtensionDemo,
  openPage,
  openSidePanel,
  startExtensionDemo,
  toolbarOf as toolbar,
} from "../support/extension.ts";

// Machine suggestions in a real Chromium on a demo article: dashed suggestions from the shared extractor,
// accept with a key, reject, correct, accept all of a tag from the side panel, export, and check statuses.

let demo: ExtensionDemo;
let server: DemoServer;
let browser: ExtensionBrowser;
let articleUrl: string;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "vnfacts-suggestions-"));
  demo = await startExtensionDemo();
  ({ server, browser, articleUrl } = demo);
});

afterAll(async () => {
  await demo?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const suggestion = (page: Page, text: string) => page.locator("vnfacts-sg", { hasText: text }).first();
const suggestionTexts = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll("vnfacts-sg")].map((e) => e.textContent ?? ""));
const highlightTexts = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll("vnfacts-hl")].map((e) => e.textContent ?? ""));

/** The article once the extension has drawn its first suggestion. */
const openArticle = () => openPage(browser, articleUrl, "vnfacts-sg");
const openPanel = () => openSidePanel(browser, articleUrl);

describe("machine suggestions in Chromium", () => {
  it("shows the extractor's facts dashed; accept (key), reject, correct, accept all of a tag; exports the verdicts", async () => {
    const page = await openArticle();
    const before = await suggestionTexts(page);
    expect(before).toContain("Bằng khen cho 5 cá nhân");
    expect(before).toContain("680 lao động");
    expect(before.filter((t) => t === "phường Kỳ Sơn").length).toBeGreaterThanOrEqual(2);
    expect(await suggestion(page, "680 lao động").getAttribute("style")).toContain("dashed");
    expect(await highlightTexts(page)).toEqual([]);

    // Accept with the A key.
    await suggestion(page, "Bằng khen cho 5 cá nhân").click();
    await toolbar(page).waitFor({ state: "visible" });
    expect(await toolbar(page).locator(".vnf-current").getAttribute("data-tag")).toBe("award");
    expect(await toolbar(page).locator(".vnf-value").inputValue()).toBe("5");
    await page.keyboard.press("a");
    await expect.poll(() => toolbar(page).count()).toBe(0);
    await expect.poll(() => highlightTexts(page)).toEqual(["Bằng khen cho 5 cá nhân"]);
    expect(await suggestionTexts(page)).not.toContain("Bằng khen cho 5 cá nhân");

    // Reject with the button.
    await suggestion(page, "680 lao động").click();
    await toolbar(page).locator(".vnf-reject").click();
    await expect.poll(async () => (await suggestionTexts(page)).includes("680 lao động")).toBe(false);
    expect(await highlightTexts(page)).toEqual(["Bằng khen cho 5 cá nhân"]);

    // Correct: a different tag.
    await suggestion(page, "16,9 tỷ đồng").click();
    await toolbar(page).waitFor({ state: "visible" });
    await toolbar(page).locator('[data-tag="metric_target"]').click();
    await expect.poll(() => highlightTexts(page)).toHaveLength(2);

    // Accept all localities from the side panel.
    const panel = await openPanel();
    const localities = panel.locator('[data-list="suggestions"] li[data-tag="locality"]');
    await expect.poll(() => localities.count(), { timeout: 10_000 }).toBe(1);
    const localityCount = before.filter((t) => /^(phường|xã|tỉnh) /.test(t)).length;
    await localities.locator('[data-action="accept-all"]').click();
    await expect.poll(() => localities.count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => highlightTexts(page)).toHaveLength(2 + localityCount);

    // Decided suggestions are not shown again after a reload.
    await page.reload();
    await page.locator("vnfacts-sg").first().waitFor({ state: "attached", timeout: 15_000 });
    const after = await suggestionTexts(page);
    for (const decided of ["Bằng khen cho 5 cá nhân", "680 lao động", "phường Kỳ Sơn"])
      expect(after).not.toContain(decided);
    expect(after.length).toBeGreaterThan(0);

    // Export: the annotations with their verdicts, and the page's spans (on its main text).
    await panel.getByRole("tab", { name: /Xuất/ }).click();
    const annotations = parseAnnotationsJsonl(await download(panel, "export-jsonl-page"));
    const byQuote = (q: string) =>
      annotations.filter((a) =>
        a.target.selector.some((s) => s.type === "TextQuoteSelector" && s.exact.includes(q)),
      );
    expect(byQuote("Bằng khen cho 5 cá nhân")).toMatchObject([
      { tag: "award", status: "accepted", provenance: "machine", value: 5 },
    ]);
    expect(byQuote("680 lao động")).toMatchObject([{ tag: "metric", status: "rejected", value: 680 }]);
    expect(byQuote("16,9 tỷ đồng")).toMatchObject([
      { tag: "metric_target", status: "corrected", provenance: "machine" },
    ]);
    const accepted = annotations.filter((a) => a.tag === "locality");
    expect(accepted).toHaveLength(localityCount);
    for (const a of annotations) {
      expect(a.suggestionId).toBeTruthy();
      expect(a.target.source).toBe(canonicalUrl(articleUrl));
    }

    const spans = (await download(panel, "export-spans-page"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(spans).toHaveLength(1);
    const doc = spans[0];
    expect(doc.url).toBe(canonicalUrl(articleUrl));
    expect(doc.spans).toHaveLength(annotations.length);
    for (const s of doc.spans) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    expect(new Set(doc.spans.map((s: { status: string }) => s.status))).toEqual(
      new Set(["accepted", "rejected", "corrected"]),
    );
    const csv = parseCsv(await download(panel, "export-csv-page"));
    const status = csv[0]!.indexOf("status");
    expect(csv.slice(1).filter((r) => r[status] === "rejected")).toHaveLength(1);
    await panel.close();
    await page.close();
  });

  it("refuses a malformed records.jsonl whole, naming the line and field, and imports a good one", async () => {
    const panel = await openPanel();
    await panel.getByRole("tab", { name: /Xuất/ }).click();
    const bad = join(dir, "bad-records.jsonl");
    const broken = { ...demoRecord(), id: "not-an-id" };
    await writeFile(bad, `${JSON.stringify(demoRecord())}\n${JSON.stringify(broken)}\n`);
    await panel.locator('[data-action="import-records"]').setInputFiles(bad);
    await expect.poll(() => panel.locator(".status").textContent()).toMatch(/line 2: id: /);
    const good = join(dir, "records.jsonl");
    await writeFile(good, `${JSON.stringify(demoRecord())}\n`);
    await panel.locator('[data-action="import-records"]').setInputFiles(good);
    await expect.poll(() => panel.locator(".status").textContent()).toMatch(/: 1 · 0 /);
    await panel.close();
  });

  it("turns suggestions off from the settings", async () => {
    const page = await openArticle();
    const panel = await openPanel();
    await panel.getByRole("tab", { name: /Cài đặt/ }).click();
    await panel.locator('[data-setting="suggestions"]').uncheck();
    await panel.locator('form.settings button[type="submit"]').click();
    await expect.poll(() => page.locator("vnfacts-sg").count(), { timeout: 10_000 }).toBe(0);
    expect((await highlightTexts(page)).length).toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });

  it("shows an imported crawled record's stored facts on its page, re-anchored by quote", async () => {
    const sources = server.sources().filter((x) => x.family === "newspaper");
    await writeFile(join(dir, "sources.json"), JSON.stringify({ sources }));
    const data = join(dir, "data");
    await vnfacts("crawl", "--sources", join(dir, "sources.json"), "--data", data, "--politeness", "off");
    const recordsFile = join(dir, "crawled-records.jsonl");
    await vnfacts("export", "--data", data, "--out", recordsFile);
    const url = server.urlOf("newspaper", "np-02");
    const record = readFileSync(recordsFile, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .find((r) => r.url === canonicalUrl(url));
    expect(record?.facts.length).toBeGreaterThan(0);

    // Suggestions back on, then import the crawl.
    const panel = await openSidePanel(browser);
    await panel.getByRole("tab", { name: /Cài đặt/ }).click();
    await panel.locator('[data-setting="suggestions"]').check();
    await panel.locator('form.settings button[type="submit"]').click();
    await panel.getByRole("tab", { name: /Xuất/ }).click();
    await panel.locator('[data-action="import-records"]').setInputFiles(recordsFile);
    await expect.poll(() => panel.locator(".status").textContent()).toMatch(/^Đã nhập: \d+/);
    await panel.close();

    const page = await openPage(browser, url, "vnfacts-sg");
    const shown = await suggestionTexts(page);
    const quotes = new Set(record.facts.map((f: { text: string }) => f.text));
    for (const text of shown)
      expect(quotes.has(text.trim()) || [...quotes].some((q) => String(q).includes(text))).toBe(true);
    // Accepting one stores the record's fact id (`<record id>:<index>`) as the suggestion id.
    await page.locator("vnfacts-sg").first().click();
    await toolbar(page).waitFor({ state: "visible" });
    await page.keyboard.press("Enter");
    await expect.poll(() => highlightTexts(page)).toHaveLength(1);
    const exportPanel = await openSidePanel(browser, url);
    await exportPanel.getByRole("tab", { name: /Xuất/ }).click();
    const [accepted] = parseAnnotationsJsonl(await download(exportPanel, "export-jsonl-page"));
    expect(accepted?.suggestionId).toMatch(new RegExp(`^${record.id}:\\d+$`));
    expect(accepted).toMatchObject({ status: "accepted", provenance: "machine" });
    await exportPanel.close();
    await page.close();
  });
});
