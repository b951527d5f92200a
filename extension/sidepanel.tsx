import { type Annotation, TAXONOMY, type TagId, tagById } from "@vnfacts/shared";
import { useLiveQuery } from "dexie-react-hooks";
import { useEffect, useMemo, useState } from "react";
import { AnnotationItem } from "./components/AnnotationItem.tsx";
import { SettingsForm } from "./components/SettingsForm.tsx";
import { useActivePage } from "./lib/active-page.ts";
import { backupDatabase, restoreDatabase } from "./lib/db/backup.ts";
import { db } from "./lib/db/instance.ts";
import { readAllAnnotations } from "./lib/db/read-all.ts";
import { deleteAnnotation } from "./lib/db/repository.ts";
import type { AnchorStateRow } from "./lib/db/schema.ts";
import {
  buildDatasetExport,
  buildExport,
  DATASET_EXPORT_FORMATS,
  type DatasetExportFormat,
  downloadFile,
  type ExportFormat,
} from "./lib/export-files.ts";
import { exportTexts } from "./lib/export-texts.ts";
import { strings } from "./lib/i18n.ts";
import { importRecordsJsonl } from "./lib/records/import.ts";
import { type AnnotationQuery, filterAnnotations, sitesOf } from "./lib/search.ts";
import { tagLabel } from "./lib/settings.ts";
import { sendToTab } from "./lib/tab-messages.ts";
import { useSettings } from "./lib/use-settings.ts";
import "./components/pages.css";
import { ext } from "./lib/browser-api.ts";
import { AcceptedCount, ShownSuggestions } from "./messages/schemas.ts";

const DATASET_FORMAT_LABELS: Record<DatasetExportFormat, string> = {
  spans: "JSONL spans (doccano / spaCy)",
  iob2: "IOB2 (Hugging Face token classification)",
  labelstudio: "Label Studio",
  csv: "CSV",
};

/** The suggestions the page's content script shows, refreshed while the panel is open (they arrive late). */
function useShownSuggestions(tabId: number | null): ShownSuggestions["suggestions"] {
  const [list, setList] = useState<ShownSuggestions["suggestions"]>([]);
  useEffect(() => {
    let live = true;
    const ask = async () => {
      const answer = ShownSuggestions.safeParse(await sendToTab(tabId, { type: "vnfacts:suggestions" }));
      if (live) setList(answer.success ? answer.data.suggestions : []);
    };
    void ask();
    const timer = setInterval(() => void ask(), 1500);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [tabId]);
  return list;
}

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

  const recordCount = useLiveQuery(() => db.records.count(), [], 0);
  const shown = useShownSuggestions(page.tabId);
  const byTag = useMemo(() => {
    const m = new Map<TagId, number>();
    for (const x of shown) m.set(x.tag, (m.get(x.tag) ?? 0) + 1);
    return [...m.entries()];
  }, [shown]);

  const isOrphan = (id: string) => states.get(id)?.state === "orphan";
  const rejected = pageAnnotations.filter((a) => a.status === "rejected");
  const kept = pageAnnotations.filter((a) => a.status !== "rejected");
  const anchored = kept.filter((a) => !isOrphan(a.id));
  const orphans = kept.filter((a) => isOrphan(a.id));

  const remove = async (id: string) => {
    await deleteAnnotation(db, id);
    await sendToTab(page.tabId, { type: "vnfacts:refresh" });
  };
  const scrollTo = (id: string) => void sendToTab(page.tabId, { type: "vnfacts:scroll-to", id });
  const annotationsOf = (scope: "page" | "all"): Promise<Annotation[]> =>
    scope === "page" ? Promise.resolve(pageAnnotations) : readAllAnnotations(db);
  const exportAs = async (format: ExportFormat, scope: "page" | "all") => {
    downloadFile(
      buildExport(await annotationsOf(scope), format, scope === "page" && page.url ? page.url : "all"),
    );
  };
  const exportDataset = async (format: DatasetExportFormat, scope: "page" | "all") => {
    const list = await annotationsOf(scope);
    const texts = await exportTexts(
      db,
      list.map((a) => a.target.source),
    );
    const out = buildDatasetExport(list, texts, format, scope === "page" && page.url ? page.url : "all");
    for (const file of out.files) downloadFile(file);
    setStatus(
      `${out.documents} ${t.pages} · ${out.anchored} ${t.annotations} · ${t.orphans}: ${out.orphans}`,
    );
  };
  const acceptAll = async (tag: TagId) => {
    const answer = AcceptedCount.safeParse(await sendToTab(page.tabId, { type: "vnfacts:accept-tag", tag }));
    setStatus(answer.success ? `${t.accept}: ${answer.data.accepted}` : null);
  };
  const importRecords = async (file: File | undefined) => {
    if (!file) return;
    try {
      const r = await importRecordsJsonl(db, await file.text(), new Date().toISOString());
      setStatus(`${t.imported}: ${r.added} · ${r.alreadyStored} ${t.alreadyStored}`);
      await sendToTab(page.tabId, { type: "vnfacts:refresh" });
    } catch (e) {
      setStatus(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
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
          <h2>
            {t.suggestions} ({shown.length})
          </h2>
          {shown.length === 0 ? <p className="muted">{t.noSuggestions}</p> : null}
          <ul className="list" data-list="suggestions">
            {byTag.map(([tag, count]) => {
              const info = tagById(tag);
              return (
                <li key={tag} data-tag={tag} className="suggestion-tag">
                  <span className="dot" style={{ background: info?.color }} />{" "}
                  {info ? tagLabel(info, settings.language) : tag} ({count}){" "}
                  <button
                    type="button"
                    data-action="accept-all"
                    data-tag={tag}
                    onClick={() => void acceptAll(tag)}
                  >
                    {t.acceptAll}
                  </button>
                </li>
              );
            })}
          </ul>
          {status && tab === "page" ? <p className="status">{status}</p> : null}
          {(
            [
              ["orphans", t.orphans, orphans],
              ["rejected", t.rejected, rejected],
            ] as const
          ).map(([name, title, list]) =>
            list.length ? (
              <div key={name}>
                <h2>
                  {title} ({list.length})
                </h2>
                <ul className="list" data-list={name}>
                  {list.map((a) => (
                    <AnnotationItem
                      key={a.id}
                      annotation={a}
                      language={settings.language}
                      orphan={name === "orphans"}
                      onDelete={() => void remove(a.id)}
                    />
                  ))}
                </ul>
              </div>
            ) : null,
          )}
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
              onClick={() => void exportAs("jsonl", "page")}
            >
              {t.exportPage}
            </button>
            <button
              type="button"
              data-action="export-jsonl-all"
              onClick={() => void exportAs("jsonl", "all")}
            >
              {t.exportAll}
            </button>
          </div>
          <h2>W3C Web Annotation (JSON-LD)</h2>
          <div className="row">
            <button
              type="button"
              data-action="export-w3c-page"
              disabled={!page.url}
              onClick={() => void exportAs("w3c", "page")}
            >
              {t.exportPage}
            </button>
            <button type="button" data-action="export-w3c-all" onClick={() => void exportAs("w3c", "all")}>
              {t.exportAll}
            </button>
          </div>
          {DATASET_EXPORT_FORMATS.map((format) => (
            <div key={format}>
              <h2>{DATASET_FORMAT_LABELS[format]}</h2>
              <div className="row">
                <button
                  type="button"
                  data-action={`export-${format}-page`}
                  disabled={!page.url}
                  onClick={() => void exportDataset(format, "page")}
                >
                  {t.exportPage}
                </button>
                <button
                  type="button"
                  data-action={`export-${format}-all`}
                  onClick={() => void exportDataset(format, "all")}
                >
                  {t.exportAll}
                </button>
              </div>
            </div>
          ))}
          <h2>
            {t.records} ({recordCount})
          </h2>
          <label>
            {t.importRecords}{" "}
            <input
              type="file"
              accept=".jsonl,.ndjson,application/x-ndjson,text/plain"
              data-action="import-records"
              onChange={(e) => void importRecords(e.target.files?.[0])}
            />
          </label>
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
