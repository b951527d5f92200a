// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { newAnnotation } from "../new-annotation.ts";
import { backupDatabase, restoreDatabase } from "./backup.ts";
import { annotationsForPage, saveAnnotation, saveSettings } from "./repository.ts";
import { VnfactsDb } from "./schema.ts";

const PAGE = "https://kyson.phutho.gov.vn/tin-tuc/1";
const make = (tail: string, exact: string) =>
  newAnnotation({
    pageUrl: PAGE,
    pageTitle: "Kỳ Sơn",
    quote: { type: "TextQuoteSelector", exact },
    position: { type: "TextPositionSelector", start: 0, end: exact.length },
    tag: "award",
    note: null,
    value: null,
    author: "Lan",
    now: "2026-01-28T09:00:00+07:00",
    uuid: `00000000-0000-4000-8000-${tail.padStart(12, "0")}`,
  });

describe("backup and restore", () => {
  it("restores every table into an empty database and merges into a used one", async () => {
    const source = new VnfactsDb("backup-source");
    await saveAnnotation(source, make("1", "Bằng khen"));
    await saveAnnotation(source, make("2", "Giấy khen"));
    await saveSettings(source, { reviewer: "Lan", language: "en", shownTags: ["award"] });
    const blob = await backupDatabase(source);

    const target = new VnfactsDb("backup-target");
    await saveAnnotation(target, make("3", "Cờ thi đua"));
    expect(await restoreDatabase(target, blob)).toEqual({ annotations: 2 });
    expect((await annotationsForPage(target, PAGE)).map((a) => a.id.slice(-1)).sort()).toEqual([
      "1",
      "2",
      "3",
    ]);
    expect((await target.settings.get("settings"))?.value.language).toBe("en");
    expect(await target.pages.count()).toBe(1);
    source.close();
    target.close();
  });

  it("refuses a file with a malformed annotation, naming the row and field, and changes nothing", async () => {
    const source = new VnfactsDb("backup-bad-source");
    await saveAnnotation(source, make("4", "Bằng khen"));
    const json = JSON.parse(await (await backupDatabase(source)).text());
    const table = json.data.data.find((t: { tableName: string }) => t.tableName === "annotations");
    table.rows[0].tag = "prize";
    const target = new VnfactsDb("backup-bad-target");
    await expect(restoreDatabase(target, new Blob([JSON.stringify(json)]))).rejects.toThrow(
      /backup: annotations\.0: tag:/,
    );
    await expect(restoreDatabase(target, new Blob(["not json"]))).rejects.toThrow("backup: not a JSON file");
    expect(await target.annotations.count()).toBe(0);
    source.close();
    target.close();
  });
});
