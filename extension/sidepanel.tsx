import { TAXONOMY } from "@vnfacts/shared";
import { useLiveQuery } from "dexie-react-hooks";
import { useMemo, useState } from "react";
import { AnnotationItem } from "./components/AnnotationItem.tsx";
import { SettingsForm } from "./components/SettingsForm.tsx";
import { useActivePage } from "./lib/active-page.ts";
import { backupDatabase, restoreDatabase } from "./lib/db/backup.ts";
import { db } from "./lib/db/instance.ts";
import { deleteAnnotation } from "./lib/db/repository.ts";
import type { AnchorStateRow } from "./lib/db/schema.ts";
import { buildExport, downloadFile, type ExportFormat } from "./lib/export-files.ts";
import { strings } from "./lib/i18n.ts";
import { type AnnotationQuery, filterAnnotations, sitesOf } from "./lib/search.ts";
import { tagLabel } from "./lib/settings.ts";
import { sendToTab } from "./lib/tab-messages.ts";
import { useSettings } from "./lib/use-settings.ts";
import "./components/pages.css";
import { ext } from "./lib/browser-api.ts";

type Tab = "page" | "all" | "export" | "settings";

export default function SidePanel() {
  const page = useActivePage();
  const settings = useSettings();
  const t = strings(settings.language);
  const [tab, setTab] = useState<Tab>("page");
  const [query, setQuery] = useState<AnnotationQuery>({});
  const [status, setStatus] = useState<string | null>(null);

  const pageAnnotations = useLiveQuery(
    () => (page.url ? db.annotations.where("target.source").equals(page.url).sortBy("created") : []),
    [page.url],
    [],
  );
  const states = useLiveQuery(
    async () =>
      new Map(
        page.url
          ? (await db.anchorStates.where("pageUrl").equals(page.url).toArray()).map(
              (st) => [st.annotationId, st] as const,
            )
          : [],
      ),
    [page.url],
    new Map<string, AnchorStateRow>(),
  );
  const all = useLiveQuery(() => db.annotations.orderBy("created").reverse().toArray(), [], []);
  const pages = useLiveQuery(() => db.pages.orderBy("lastAnnotated").reverse().toArray(), [], []);
  const found = useMemo(() => filterAnnotations(all, query), [all, query]);
  const sites = useMemo(() => sitesOf(all), [all]);

  const isOrphan = (id: string) => states.get(id)?.state === "orphan";
  const anchored = pageAnnotations.filter((a) => !isOrphan(a.id));
  const orphans = pageAnnotations.filter((a) => isOrphan(a.id));

  const remove = async (id: string) => {
    await deleteAnnotation(db, id);
    await sendToTab(page.tabId, { type: "vnfacts:refresh" });
  };
  const scrollTo = (id: string) => void sendToTab(page.tabId, { type: "vnfacts:scroll-to", id });
  const exportAs = (format: ExportFormat, scope: "page" | "all") => {
    const list = scope === "page" ? pageAnnotations : all;
    downloadFile(buildExport(list, format, scope === "page" && page.url ? page.url : "all"));
  };
  const backup = async () => {
    const day = new Date().toISOString().slice(0, 10).replaceAll("-", "");
    downloadFile({
      filename: `vnfacts-backup-${day}.json`,
      mime: "application/json",
      content: await backupDatabase(db),
    });
  };
  const restore = async (file: File | undefined) => {
    if (!file) return;
    try {
      const { annotations } = await restoreDatabase(db, file);
      setStatus(`${t.restored}: ${annotations} ${t.annotations}`);
      await sendToTab(page.tabId, { type: "vnfacts:refresh" });
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };

  const tabs: [Tab, string][] = [
    ["page", `${t.thisPage} (${pageAnnotations.length})`],
    ["all", `${t.allPages} (${all.length})`],
    ["export", t.exportTab],
    ["settings", t.settings],
  ];
  return (
    <div className="panel">
      <h1>vnfacts</h1>
      <div className="tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>

      {tab === "page" ? (
        <section aria-label={t.thisPage}>
          <div className="url">{page.url ?? "—"}</div>
          {pageAnnotations.length === 0 ? <p className="muted">{t.noAnnotations}</p> : null}
          <ul className="list" data-list="page">
            {anchored.map((a) => (
              <AnnotationItem
                key={a.id}
                annotation={a}
                language={settings.language}
                approximate={states.get(a.id)?.method === "fuzzy"}
                onOpen={() => scrollTo(a.id)}
                onDelete={() => void remove(a.id)}
              />
            ))}
          </ul>
          {orphans.length ? (
            <>
              <h2>
                {t.orphans} ({orphans.length})
              </h2>
              <ul className="list" data-list="orphans">
                {orphans.map((a) => (
                  <AnnotationItem
                    key={a.id}
                    annotation={a}
                    language={settings.language}
                    orphan
                    onDelete={() => void remove(a.id)}
                  />
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      {tab === "all" ? (
        <section aria-label={t.allPages}>
          <div className="filters">
            <input
              type="search"
              placeholder={t.search}
              value={query.text ?? ""}
              onChange={(e) => setQuery({ ...query, text: e.target.value })}
            />
            <select value={query.tag ?? ""} onChange={(e) => setQuery({ ...query, tag: e.target.value })}>
              <option value="">{t.anyTag}</option>
              {TAXONOMY.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tagLabel(tag, settings.language)}
                </option>
              ))}
            </select>
            <select value={query.site ?? ""} onChange={(e) => setQuery({ ...query, site: e.target.value })}>
              <option value="">{t.anySite}</option>
              {sites.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <label>
              {t.from}{" "}
              <input
                type="date"
                value={query.from ?? ""}
                onChange={(e) => setQuery({ ...query, from: e.target.value })}
              />
            </label>
            <label>
              {t.to}{" "}
              <input
                type="date"
                value={query.to ?? ""}
                onChange={(e) => setQuery({ ...query, to: e.target.value })}
              />
            </label>
          </div>
          <p className="muted">
            {found.length} {t.annotations} · {pages.length} {t.pages}
          </p>
          <ul className="list" data-list="all">
            {found.slice(0, 500).map((a) => (
              <AnnotationItem
                key={a.id}
                annotation={a}
                language={settings.language}
                showPage
                onOpen={() => void ext.tabs.create({ url: a.target.source })}
              />
            ))}
          </ul>
        </section>
      ) : null}

      {tab === "export" ? (
        <section aria-label={t.exportTab}>
          <h2>JSONL</h2>
          <div className="row">
            <button
              type="button"
              data-action="export-jsonl-page"
              disabled={!page.url}
              onClick={() => exportAs("jsonl", "page")}
            >
              {t.exportPage}
            </button>
            <button type="button" data-action="export-jsonl-all" onClick={() => exportAs("jsonl", "all")}>
              {t.exportAll}
            </button>
          </div>
          <h2>W3C Web Annotation (JSON-LD)</h2>
          <div className="row">
            <button
              type="button"
              data-action="export-w3c-page"
              disabled={!page.url}
              onClick={() => exportAs("w3c", "page")}
            >
              {t.exportPage}
            </button>
            <button type="button" data-action="export-w3c-all" onClick={() => exportAs("w3c", "all")}>
              {t.exportAll}
            </button>
          </div>
          <h2>{t.backup}</h2>
          <div className="row">
            <button type="button" data-action="backup" onClick={() => void backup()}>
              {t.backup}
            </button>
          </div>
          <h2>{t.restore}</h2>
          <input
            type="file"
            accept=".json,application/json"
            data-action="restore"
            onChange={(e) => void restore(e.target.files?.[0])}
          />
          {status ? <p className="status">{status}</p> : null}
        </section>
      ) : null}

      {tab === "settings" ? (
        <section aria-label={t.settings}>
          <SettingsForm
            settings={settings}
            onSaved={() => void sendToTab(page.tabId, { type: "vnfacts:refresh" })}
          />
        </section>
      ) : null}
    </div>
  );
}
