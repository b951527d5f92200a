import type { TabMessage } from "../messages/schemas.ts";
import { ext } from "./browser-api.ts";

/** Sends a message to a tab's content script; resolves undefined when the tab has none (no page script). */
export async function sendToTab(tabId: number | null, message: TabMessage): Promise<unknown> {
  if (tabId == null) return undefined;
  try {
    return await ext.tabs.sendMessage(tabId, message);
  } catch {
    return undefined;
  }
}
