import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { CHROMIUM_ARGS, chromiumExecutablePath } from "../../crawler/src/fetch/browser-path.ts";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The unpacked Chrome MV3 build that `npm run build -w extension` writes. */
export const EXTENSION_BUILD_DIR = join(repo, "extension/build/chrome-mv3-prod");

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's id (stable: the manifest carries a `key`). */
  extensionId: string;
  /** `chrome-extension://<id>/<path>`. */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** Chrome's extension id for a manifest `key`: SHA-256 of the public key, first 32 hex digits mapped to a–p. */
export function extensionIdOfKey(base64Key: string): string {
  const hex = createHash("sha256").update(Buffer.from(base64Key, "base64")).digest("hex").slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join("");
}

/** Waits for the extension's background service worker, which tells its id. */
async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith("chrome-extension://"));
  return running ?? (await context.waitForEvent("serviceworker", { timeout: 30_000 }));
}

/**
 * Chromium (headless, new mode) with the unpacked extension loaded, in a throwaway profile. Extensions need a
 * persistent context; the profile directory is removed on close.
 */
export async function launchWithExtension(
  options: { extensionDir?: string; viewport?: { width: number; height: number } } = {},
): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? EXTENSION_BUILD_DIR;
  const profile = mkdtempSync(join(tmpdir(), "vnfacts-chromium-"));
  const executablePath = chromiumExecutablePath();
  const context = await chromium.launchPersistentContext(profile, {
    ...(executablePath ? { executablePath } : {}),
    headless: true,
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      ...CHROMIUM_ARGS,
      "--headless=new",
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  // The manifest's key fixes the id; without one, the running service worker's URL tells it.
  const { key } = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { key?: string };
  const extensionId = key ? extensionIdOfKey(key) : new URL((await serviceWorker(context)).url()).host;
  return {
    context,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, "")}`,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Selects the first occurrence of `quote` in the page's text (a programmatic Range, which may span several
 * text nodes — e.g. text the extension split to draw a suggestion) and releases the mouse over its end, as a
 * reviewer's drag ends: the extension's toolbar opens on it.
 */
export async function selectText(page: Page, quote: string): Promise<void> {
  const point = await page.evaluate((q) => {
    const skip = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        skip.has(n.parentElement?.tagName ?? "") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = "";
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      starts.push(text.length);
      text += (n as Text).data;
    }
    const at = text.indexOf(q);
    if (at < 0) throw new Error(`not on the page: ${q}`);
    // The node holding a character offset: the last node starting at or before it.
    const nodeOf = (offset: number, isEnd: boolean) => {
      let i = 0;
      while (i + 1 < nodes.length && (isEnd ? starts[i + 1]! < offset : starts[i + 1]! <= offset)) i++;
      return i;
    };
    const a = nodeOf(at, false);
    const b = nodeOf(at + q.length, true);
    const range = document.createRange();
    range.setStart(nodes[a]!, at - starts[a]!);
    range.setEnd(nodes[b]!, at + q.length - starts[b]!);
    nodes[a]!.parentElement?.scrollIntoView({ block: "center" });
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    const rects = range.getClientRects();
    const r = rects[rects.length - 1] ?? range.getBoundingClientRect();
    return { x: r.right - 2, y: r.top + r.height / 2 };
  }, quote);
  await page.mouse.move(point.x, point.y);
  await page.mouse.up();
}
