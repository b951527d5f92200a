import { describe, expect, it } from "vitest";
import { annotate, DEMO_BODY, demoRecord } from "../export/test-fixtures.ts";
import { agreement, agreementTable } from "./agreement.ts";
import { buildDataset } from "./join.ts";

const lan = (exact: string, tag: Parameters<typeof annotate>[2]) =>
  annotate(DEMO_BODY, exact, tag, { author: "Lan" });
const minh = (exact: string, tag: Parameters<typeof annotate>[2]) =>
  annotate(DEMO_BODY, exact, tag, { author: "Minh" });

describe("agreement", () => {
  const docs = buildDataset(
    [demoRecord()],
    [
      lan("Bằng khen cho 5 cá nhân", "award"),
      minh("Bằng khen cho 5 cá nhân", "award"),
      lan("Giấy khen cho 16 tập thể", "award"),
      minh("Giấy khen cho 16 tập thể và 5 hộ gia đình", "award"),
      lan("Nguyễn Hữu Cường", "person"),
      minh("Chủ tịch UBND phường Kỳ Sơn Nguyễn Hữu Cường", "person"),
      lan("16,9 tỷ đồng", "metric"),
      minh("680 lao động", "metric"),
    ],
  ).documents;

  it("scores exact and overlap F1 per tag", () => {
    const r = agreement(docs);
    expect(r.reviewers).toEqual(["Lan", "Minh"]);
    expect(r.articles).toBe(1);
    const byTag = Object.fromEntries(r.perTag.map((t) => [t.tag, t]));
    expect(byTag.award).toMatchObject({ a: 2, b: 2, exactMatches: 1, exactF1: 0.5, overlapF1: 1 });
    expect(byTag.person).toMatchObject({ a: 1, b: 1, exactMatches: 0, exactF1: 0, overlapF1: 1 });
    expect(byTag.metric).toMatchObject({ a: 1, b: 1, exactMatches: 0, exactF1: 0, overlapF1: 0 });
    expect(r.overall).toMatchObject({ a: 4, b: 4, exactMatches: 1, exactF1: 0.25, overlapF1: 0.75 });
  });

  it("needs exactly two reviewers unless they are named", () => {
    const three = buildDataset(
      [demoRecord()],
      [
        lan("Nguyễn Hữu Cường", "person"),
        minh("Nguyễn Hữu Cường", "person"),
        annotate(DEMO_BODY, "680 lao động", "metric", { author: "Hà" }),
      ],
    ).documents;
    expect(() => agreement(three)).toThrow(/exactly two reviewers, found 3: Hà, Lan, Minh/);
    expect(agreement(three, ["Lan", "Minh"]).overall.exactF1).toBe(1);
  });

  it("prints a table with one line per tag and a total", () => {
    const table = agreementTable(agreement(docs));
    expect(table).toContain("Agreement between Lan and Minh on 1 article(s)");
    expect(table).toMatch(/award\s+2\s+2\s+1\s+0\.500\s+1\.000/);
    expect(table).toMatch(/all\s+4\s+4\s+1\s+0\.250\s+0\.750/);
  });
});
