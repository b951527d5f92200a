import { describe, expect, it } from "vitest";
import { isKnownUnit, resolveUnit, successorOf, unitsNamed } from "./resolve.ts";

describe("gazetteer", () => {
  it("holds both layers keyed by version and code", () => {
    const kySon = unitsNamed("Kỳ Sơn").filter((u) => u.level === "phường");
    expect(kySon.map((u) => `${u.version}:${u.code}`).sort()).toEqual(["2025:04894", "pre-2025:04894"]);
  });
  it("resolves by the article's date and a province hint, folding tone placement", () => {
    expect(resolveUnit("Kỳ Sơn", "phường", { date: "2026-01-27" })?.unit).toMatchObject({
      version: "2025",
      province: "Phú Thọ",
    });
    expect(resolveUnit("Kiến Xương", "huyện", { date: "2023-01-05" })?.unit).toMatchObject({
      version: "pre-2025",
      province: "Thái Bình",
    });
    expect(resolveUnit("Mông Hoá", "xã", { date: "2020-01-01", province: "Hòa Bình" })?.unit.code).toBe(
      "04912",
    );
  });
  it("links a pre-2025 commune to the 2025 one it became part of", () => {
    const old = resolveUnit("Độc Lập", "xã", { date: "2020-01-01", province: "Hoà Bình" })!.unit;
    expect(successorOf(old)).toMatchObject({ version: "2025", code: "04894", name: "Kỳ Sơn" });
  });
  it("withholds the code of a homonym it cannot tell apart", () => {
    expect(resolveUnit("Quang Trung", "phường", { date: "2020-01-01" })?.ambiguous).toBe(true);
    expect(isKnownUnit("Lê Văn Tuấn")).toBe(false);
  });
});
