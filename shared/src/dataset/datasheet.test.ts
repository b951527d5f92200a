import { describe, expect, it } from "vitest";
import { annotate, DEMO_BODY, demoAnnotations, demoRecord } from "../export/test-fixtures.ts";
import { datasheet } from "./datasheet.ts";
import { buildDataset } from "./join.ts";
import { datasetStats, machinePrecision } from "./stats.ts";

describe("dataset statistics", () => {
  const r = buildDataset([demoRecord()], demoAnnotations());
  const s = datasetStats(r.documents);

  it("counts per tag, status, province, source and reviewer", () => {
    expect(s.spans).toBe(5);
    expect(s.statuses).toEqual({ tagged: 2, accepted: 1, rejected: 1, corrected: 1 });
    expect(s.tags.find((t) => t.tag === "award")).toMatchObject({ spans: 2, tagged: 1, rejected: 1 });
    expect(s.provinces).toEqual([{ province: "Phú Thọ", documents: 1, spans: 5 }]);
    expect(s.sources).toEqual([{ sourceId: "phuong-ky-son", documents: 1, spans: 5 }]);
    expect(s.reviewers).toEqual([{ name: "Lan", documents: 1, spans: 5 }]);
    expect(s.dateRange).toEqual({ from: "2026-01-27", to: "2026-01-27" });
  });

  it("computes machine precision as accepted / (accepted + rejected + corrected)", () => {
    expect(machinePrecision({ tagged: 9, accepted: 6, rejected: 1, corrected: 1 })).toBe(0.75);
    expect(machinePrecision({ tagged: 3, accepted: 0, rejected: 0, corrected: 0 })).toBeNull();
    expect(s.overall.machinePrecision).toBeCloseTo(1 / 3);
    expect(s.tags.find((t) => t.tag === "person")!.machinePrecision).toBe(1);
    expect(s.tags.find((t) => t.tag === "award")!.machinePrecision).toBe(0);
  });
});

describe("datasheet.md", () => {
  it("states sources, date range, per-tag counts with precision, statuses, reviewers and orphan reasons", () => {
    const lost = annotate(DEMO_BODY, "Nguyễn Hữu Cường", "person", { url: "https://x.gov.vn/a" });
    const r = buildDataset([demoRecord()], [...demoAnnotations(), lost]);
    const md = datasheet(r, { format: "jsonl", generatedAt: "2026-02-05T00:00:00Z", recordsTotal: 3 });
    expect(md).toContain("# vnfacts dataset — datasheet");
    expect(md).toContain("| records available | 3 |");
    expect(md).toContain("| anchored spans | 5 |");
    expect(md).toContain("|  — no-record | 1 |");
    expect(md).toContain("2026-01-27 → 2026-01-27");
    expect(md).toContain("| phuong-ky-son | 1 | 5 |");
    expect(md).toContain("| Phú Thọ | 1 | 5 |");
    expect(md).toContain("| person | Nhân vật | 1 | 0 | 1 | 0 | 0 | 100.0 % |");
    expect(md).toContain("| award | Khen thưởng | 2 | 1 | 0 | 1 | 0 | 0.0 % |");
    expect(md).toContain("| locality | Địa danh hành chính | 1 | 1 | 0 | 0 | 0 | — |");
    expect(md).toContain("| **all** |  | 5 | 2 | 1 | 1 | 1 | 33.3 % |");
    expect(md).toContain("| Lan | 1 | 5 |");
  });
});
