import { TAXONOMY } from "@vnfacts/shared";
import { useLiveQuery } from "dexie-react-hooks";
import { useActivePage } from "./lib/active-page.ts";
import { db } from "./lib/db/instance.ts";
import { strings } from "./lib/i18n.ts";
import { countByTag } from "./lib/search.ts";
import { tagLabel } from "./lib/settings.ts";
import { useSettings } from "./lib/use-settings.ts";
import "./components/pages.css";
import { ext } from "./lib/browser-api.ts";

/** Opens the side panel (Chrome) or sidebar (Firefox) for the current window. */
async function openSidePanel(tabId: number | null): Promise<void> {
  const firefox = (globalThis as { browser?: { sidebarAction?: { open(): Promise<void> } } }).browser;
  if (firefox?.sidebarAction) await firefox.sidebarAction.open();
  // No await before `open`: Chrome accepts it only while the click's user gesture is still current.
  else if (ext.sidePanel && tabId != null) await ext.sidePanel.open({ tabId });
  else await ext.tabs.create({ url: ext.runtime.getURL("sidepanel.html") });
  window.close();
}

export default function Popup() {
  const page = useActivePage();
  const settings = useSettings();
  const t = strings(settings.language);
  const annotations = useLiveQuery(
    () => (page.url ? db.annotations.where("target.source").equals(page.url).toArray() : []),
    [page.url],
    [],
  );
  // Rejected suggestions are kept for the dataset but are not facts of the page.
  const kept = annotations.filter((a) => a.status !== "rejected");
  const counts = countByTag(kept);
  return (
    <div className="popup">
      <h1>vnfacts</h1>
      <div className="url">{page.url ?? "—"}</div>
      <table className="counts" aria-label="counts">
        <tbody>
          {TAXONOMY.filter((tag) => counts.has(tag.id)).map((tag) => (
            <tr key={tag.id} data-tag={tag.id}>
              <td>
                <span className="dot" style={{ background: tag.color }} /> {tagLabel(tag, settings.language)}
              </td>
              <td>{counts.get(tag.id)}</td>
            </tr>
          ))}
          <tr>
            <td>
              <strong>{t.total}</strong>
            </td>
            <td data-total>
              <strong>{kept.length}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      <button type="button" className="primary" onClick={() => void openSidePanel(page.tabId)}>
        {t.openSidePanel}
      </button>
    </div>
  );
}
