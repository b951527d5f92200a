import type { Annotation, ArticleRecord } from "@vnfacts/shared";
import type { AnchorMethod } from "@vnfacts/shared/anchor";
import Dexie, { type Table } from "dexie";
import type { Settings } from "../settings.ts";

/** One page that has annotations, keyed by canonical URL. */
export interface PageRow {
  url: string;
  /** Host name, for the side panel's site filter. */
  site: string;
  title: string;
  firstAnnotated: string;
  lastAnnotated: string;
}

/** The last anchoring outcome of an annotation on its page: orphans are listed, never dropped. */
export interface AnchorStateRow {
  annotationId: string;
  pageUrl: string;
  state: "anchored" | "orphan";
  method: AnchorMethod | null;
  checkedAt: string;
}

export interface SettingsRow {
  key: "settings";
  value: Settings;
}

/** A crawled record imported from a `records.jsonl` (`vnfacts export`), keyed by the record's id. */
export interface RecordRow {
  id: string;
  /** `canonicalUrl(record.url)`: how a page finds its record. */
  pageUrl: string;
  importedAt: string;
  record: ArticleRecord;
}

/** The main text of an annotated page as last seen, for exports of pages that have no imported record. */
export interface PageTextRow {
  url: string;
  text: string;
  capturedAt: string;
}

export const DB_NAME = "vnfacts";

/**
 * The schema history. Never edit a released version: add one with an `upgrade` that migrates rows.
 * v1: annotations and pages. v2: page `site` (back-filled from the URL), anchoring states, settings.
 * v3: imported crawled records, page texts; annotations written before status/provenance existed get the
 * schema's defaults (`tagged`, `human`) so the side panel's status views and exports see every row.
 */
export const DB_VERSIONS = [
  {
    version: 1,
    stores: { annotations: "id, target.source, tag, created, modified", pages: "url, lastAnnotated" },
  },
  {
    version: 2,
    stores: {
      annotations: "id, target.source, tag, created, modified, author, status",
      pages: "url, site, lastAnnotated",
      anchorStates: "annotationId, pageUrl, state",
      settings: "key",
    },
    upgrade: async (tx: import("dexie").Transaction) => {
      await tx
        .table("pages")
        .toCollection()
        .modify((page: Partial<PageRow> & { url: string }) => {
          page.site ??= new URL(page.url).hostname;
        });
    },
  },
  {
    version: 3,
    stores: {
      annotations: "id, target.source, tag, created, modified, author, status, suggestionId",
      pages: "url, site, lastAnnotated",
      anchorStates: "annotationId, pageUrl, state",
      settings: "key",
      records: "id, pageUrl, sourceId",
      pageTexts: "url",
    },
    upgrade: async (tx: import("dexie").Transaction) => {
      await tx
        .table("annotations")
        .toCollection()
        .modify((a: Partial<Annotation>) => {
          a.status ??= "tagged";
          a.provenance ??= "human";
        });
    },
  },
] as const;

export class VnfactsDb extends Dexie {
  annotations!: Table<Annotation, string>;
  pages!: Table<PageRow, string>;
  anchorStates!: Table<AnchorStateRow, string>;
  settings!: Table<SettingsRow, string>;
  records!: Table<RecordRow, string>;
  pageTexts!: Table<PageTextRow, string>;

  constructor(name = DB_NAME, upTo: number = DB_VERSIONS.length) {
    super(name);
    for (const v of DB_VERSIONS.slice(0, upTo)) {
      const declared = this.version(v.version).stores(v.stores);
      if ("upgrade" in v) declared.upgrade(v.upgrade);
    }
  }
}
