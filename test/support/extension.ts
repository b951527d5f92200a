import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";
import { type DemoServer, startDemoServer } from "../../crawler/src/demo/server.ts";
import { type ExtensionBrowser, launchWithExtension } from "./chromium.ts";

// What the extension's end-to-end tests share: a demo portal with Chromium and the extension, an article
// opened until the extension is on it, the side panel, and its downloads.

export interface ExtensionDemo {
  server: DemoServer;
  browser: ExtensionBrowser;
  /** The demo newspaper's first article (np-01). */
  articleUrl: string;
  close(): Promise<void>;
}

/** The demo portals on free loopback ports and Chromium with the built extension. */
export async function startExtensionDemo(): Promise<ExtensionDemo> {
  const server = await startDemoServer({ basePort: 0 });
  let browser: ExtensionBrowser;
  try {
    browser = await launchWithExtension();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    browser,
    articleUrl: server.urlOf("newspaper", "np-01"),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The extension's toolbar on a page. */
export const toolbarOf = (page: Page): Locator => page.locator("#vnfacts-tagger .vnf-toolbar");

/**
 * `url` in a new tab, once the extension is on it: its tagger host by default, or `ready` (e.g. `vnfacts-sg`,
 * the first suggestion drawn).
 */
export async function openPage(
  browser: ExtensionBrowser,
  url: string,
  ready = "#vnfacts-tagger",
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator(ready).first().waitFor({ state: "attached", timeout: 15_000 });
  return page;
}

/** The side panel in a tab, showing the page `url` (none: the panel's own start). */
export async function openSidePanel(browser: ExtensionBrowser, url?: string): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.goto(
    browser.extensionUrl(
      url === undefined ? "sidepanel.html" : `sidepanel.html?url=${encodeURIComponent(url)}`,
    ),
  );
  return panel;
}

/** Clicks the panel's `[data-action=…]` export button and reads the file it downloads. */
export async function downloadText(panel: Page, action: string): Promise<string> {
  const [download] = await Promise.all([
    panel.waitForEvent("download"),
    panel.locator(`[data-action="${action}"]`).click(),
  ]);
  const path = await download.path();
  if (!path) throw new Error(`${action}: the download failed`);
  return readFile(path, "utf8");
}
