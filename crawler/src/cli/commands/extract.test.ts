import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DOCUMENT_FIELDS, FACT_TYPES } from "../../../../test/eval/score.ts";
import { SEEDS_DIR } from "../../../../test/support/shared-dir.ts";
import { buildProgram } from "../index.ts";

// The CLI contract the evaluation scripts rely on: one JSON object with the fields they score, facts quoting the body.
async function runExtract(args: string[]): Promise<Record<string, unknown>> {
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    await buildProgram().parseAsync(["node", "vnfacts", "extract", ...args]);
  } finally {
    spy.mockRestore();
  }
  return JSON.parse(out) as Record<string, unknown>;
}

describe("vnfacts extract", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints the contract fields for a seed text dump", async () => {
    const r = await runExtract([
      join(SEEDS_DIR, "004_cf5145809ceb1a09.txt"),
      "--reference-date",
      "2025-07-23",
    ]);
    for (const field of [...DOCUMENT_FIELDS, ...FACT_TYPES]) expect(r).toHaveProperty(field);
    expect(r.publishedAt).toBe("2025-07-23");
    expect(r.topics).toEqual(["party_congress"]);
    expect(r.eventDates).toEqual(["2025-07-22", "2025-07-23"]);
    expect(r.congress).toMatchObject({
      ordinal: 1,
      term: "2025-2030",
      delegates: 220,
      partyMembers: 1789,
      secretary: "Hoàng Văn Minh",
    });
    const body = r.body as string;
    for (const f of r.facts as { start: number; end: number; text: string }[])
      expect(body.slice(f.start, f.end)).toBe(f.text);
  });

  it("reads an HTML page through the crawler's cleaner", async () => {
    const file = join(tmpdir(), `vnfacts-extract-${process.pid}.html`);
    writeFileSync(
      file,
      `<!doctype html><html><head><meta charset="utf-8"><title>Xã Tân Lạc tổng kết thi đua</title></head><body><article><h1>Xã Tân Lạc tổng kết công tác thi đua, khen thưởng năm 2025</h1><p>Chiều 14/1, UBND xã Tân Lạc tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.</p><p>Chủ tịch UBND xã tặng Giấy khen cho 21 tập thể và 43 cá nhân.</p></article></body></html>`,
    );
    const r = await runExtract([file, "--reference-date", "2026-01-15"]);
    expect(r.topics).toEqual(["emulation"]);
    expect((r.awards as { count: number }[]).map((a) => a.count)).toEqual([21, 43]);
    expect(r.eventDates).toEqual(["2026-01-14"]);
  });

  it("names the option when the reference date is malformed", async () => {
    await expect(
      runExtract([join(SEEDS_DIR, "000_cafc750f5b66a2a3.txt"), "--reference-date", "2026-1-27"]),
    ).rejects.toThrow(/referenceDate/);
  });
});
