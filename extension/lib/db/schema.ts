import type { Annotation } from "@vnfacts/shared";
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

export const DB_NAME = "vnfacts";

/**
 * The schema history. Never edit a released version: add one with an `upgrade` that migrates rows.
 * v1: annotations and pages. v2: page `site` (back-filled from the URL), anchoring states, settings.
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
] as const;

export class VnfactsDb extends Dexie {
  annotations!: Table<Annotation, string>;
  pages!: Table<PageRow, string>;
  anchorStates!: Table<AnchorStateRow, string>;
  settings!: Table<SettingsRow, string>;

  constructor(name = DB_NAME, upTo: number = DB_VERSIONS.length) {
    super(name);
    for (const v of DB_VERSIONS.slice(0, upTo)) {
      const declared = this.version(v.version).stores(v.stores);
      if ("upgrade" in v) declared.upgrade(v.upgrade);
    }
  }
}
