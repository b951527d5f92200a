import { canonicalUrl } from "@vnfacts/shared";
import { useEffect, useState } from "react";
import { ext } from "./browser-api.ts";

export interface ActivePage {
  /** Canonical URL of the page, or null for a tab that is not a web page. */
  url: string | null;
  tabId: number | null;
}

function canonicalOrNull(url: string | undefined): string | null {
  if (!url || !/^https?:/.test(url)) return null;
  try {
    return canonicalUrl(url);
  } catch {
    return null;
  }
}

async function resolve(): Promise<ActivePage> {
  // `?url=` pins the page (the side panel opened as a tab, e.g. by tests or from the popup's link).
  const pinned = new URLSearchParams(location.search).get("url");
  if (pinned) {
    const url = canonicalOrNull(pinned);
    const tabs = await ext.tabs.query({});
    const tab = tabs.find((t) => canonicalOrNull(t.url) === url);
    return { url, tabId: tab?.id ?? null };
  }
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return { url: canonicalOrNull(tab?.url), tabId: tab?.id ?? null };
}

/** The page the popup or side panel is about: the active tab, followed as the reviewer switches tabs. */
export function useActivePage(): ActivePage {
  const [page, setPage] = useState<ActivePage>({ url: null, tabId: null });
  useEffect(() => {
    const refresh = () => {
      resolve().then(setPage, () => setPage({ url: null, tabId: null }));
    };
    refresh();
    ext.tabs.onActivated.addListener(refresh);
    ext.tabs.onUpdated.addListener(refresh);
    return () => {
      ext.tabs.onActivated.removeListener(refresh);
      ext.tabs.onUpdated.removeListener(refresh);
    };
  }, []);
  return page;
}
