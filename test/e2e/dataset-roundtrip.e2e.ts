import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoServer } from "../../crawler/src/demo/server.ts";
import { type ExtensionBrowser, selectText } from "../support/chromium.ts";
import { vnfacts } from "../support/cli.ts";
import {
  downloadText,
  type ExtensionDemo,
  openPage,
  openSidePanel,
  startExtensionDemo,
  toolbarOf,
} from "../support/extension.ts";

// The whole loop: crawl a demo portal into a store, tag an article in the extension in Chromium, export
// from the side panel (JSONL and W3C), then `vnfacts dataset build`: every exported span lands on the text
// that was tagged, now inside the crawled record's body.

const QUOTES = {
  award: "Bằng khen cho 5 cá nhân",
  person: "Nguyễn Hữu Cường",
  metric: "thu ngân sách Nhà nước đạt trên 16,9 tỷ đồng",
} as const;

let dir: string;
let demo: ExtensionDemo;
let server: DemoServer;
let browser: ExtensionBrowser;
let articleUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "vnfacts-roundtrip-"));
  demo = await startExtensionDemo();
  ({ server, browser, articleUrl } = demo);
  const sources = server.sources().filter((s) => s.family === "newspaper");
  await writeFile(join(dir, "sources.json"), JSON.stringify({ sources }));
  await vnfacts(
    "crawl",
    "--sources",
    join(dir, "sources.json"),
    "--data",
    join(dir, "data"),
    "--politeness",
    "off",
  );
});

afterAll(async () => {
  await demo?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("tag in the extension → export → vnfacts dataset build", () => {
  it("lands every exported span on the tagged text in the crawled record", async () => {
    const page = await openPage(browser, articleUrl);
    const toolbar = toolbarOf(page);
    for (const [tag, quote] of Object.entries(QUOTES)) {
      await selectText(page, quote);
      await toolbar.waitFor({ state: "visible" });
      await toolbar.locator(`[data-tag="${tag}"]`).click();
      await expect.poll(() => toolbar.count()).toBe(0);
    }
    await expect
      .poll(() => page.locator("vnfacts-hl").count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(3);

    const panel = await openSidePanel(browser, articleUrl);
    await expect.poll(() => panel.locator('[data-list="page"] li').count()).toBe(3);
    await panel.getByRole("tab", { name: /Xuất/ }).click();
    const files: string[] = [];
    for (const action of ["export-jsonl-page", "export-w3c-all"]) {
      const path = join(dir, `${action}.${action.includes("w3c") ? "jsonld" : "jsonl"}`);
      await writeFile(path, await downloadText(panel, action));
      files.push(path);
    }
    await panel.close();
    await page.close();

    for (const [i, file] of files.entries()) {
      const out = join(dir, `out-${i}`);
      const stdout = await vnfacts(
        "dataset",
        "build",
        "--data",
        join(dir, "data"),
        "--annotations",
        file,
        "--out",
        out,
      );
      expect(stdout).toMatch(/anchored 3 of 3 /);
      expect(stdout).toContain("orphaned 0");
      const [doc, ...rest] = (await readFile(join(out, "dataset.jsonl"), "utf8"))
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(rest).toEqual([]);
      expect(doc.url).toBe(articleUrl);
      const landed = Object.fromEntries(
        doc.spans.map((s: { label: string; text: string }) => [s.label, s.text]),
      );
      expect(landed).toEqual(QUOTES);
      for (const s of doc.spans) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
