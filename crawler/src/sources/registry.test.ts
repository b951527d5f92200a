import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkedInRegistryPaths } from "./paths.ts";
import { activeSources, loadRegistry, parseRegistryFile, RegistryError } from "./registry.ts";

const good = {
  id: "demo-a",
  name: "Demo A",
  province: "Phú Thọ",
  level: "province",
  baseUrl: "http://127.0.0.1:1/",
  discovery: { sitemaps: ["http://127.0.0.1:1/sitemap.xml"] },
};

async function tempFile(name: string, content: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "vnfacts-registry-"));
  const path = join(dir, name);
  await writeFile(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

describe("checked-in registry", () => {
  it("validates every real source file and covers the four seed provinces", async () => {
    const paths = checkedInRegistryPaths();
    expect(paths.length).toBeGreaterThanOrEqual(4);
    const sources = await loadRegistry(paths);
    const provinces = new Set(sources.map((s) => s.province));
    expect([...provinces].sort()).toEqual(["Hưng Yên", "Ninh Bình", "Phú Thọ", "Quảng Ngãi"]);
    const hosts = sources.map((s) => new URL(s.baseUrl).hostname);
    for (const host of [
      "baophutho.vn",
      "baohoabinh.com.vn",
      "baoninhbinh.org.vn",
      "nbtv.vn",
      "thaibinh.gov.vn",
    ])
      expect(hosts).toContain(host);
    for (const host of ["baothaibinh.com.vn", "kontum.gov.vn", "baoquangngai.vn"])
      expect(hosts).toContain(host);
  });

  it("retires the former-province portals at the 2025 merger with a successor", async () => {
    const sources = await loadRegistry(checkedInRegistryPaths());
    const retired = sources.filter((s) => s.validTo === "2025-06-30");
    expect(retired.map((s) => s.id)).toEqual(
      expect.arrayContaining(["baohoabinh", "kontum-portal", "baothaibinh"]),
    );
    for (const s of retired) expect(s.replacedBy, s.id).toBeTruthy();
    const live = activeSources(sources, "2026-01-01").map((s) => s.id);
    expect(live).toContain("baophutho");
    expect(live).not.toContain("baohoabinh");
  });
});

describe("loadRegistry errors", () => {
  it("names the file, the entry index and id, and the field", async () => {
    const bad = { ...good, id: "demo-bad", discovery: { feeds: ["not a url"] } };
    const path = await tempFile("bad.json", { sources: [good, bad] });
    await expect(loadRegistry([path])).rejects.toThrow(
      new RegExp(
        `${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: sources\\[1\\] \\(id "demo-bad"\\): discovery\\.feeds\\.0`,
      ),
    );
  });

  it("reports an entry without a usable id by index only", () => {
    expect(() =>
      parseRegistryFile(JSON.stringify({ sources: [{ ...good, id: "Bad Id" }] }), "x.json"),
    ).toThrow('x.json: sources[0] (id "Bad Id"): id: lowercase letters, digits and dashes');
    expect(() => parseRegistryFile(JSON.stringify({ sources: [{ ...good, id: 7 }] }), "x.json")).toThrow(
      /^x\.json: sources\[0\]: id: /,
    );
  });

  it("rejects a misspelt field instead of silently dropping it", () => {
    const typo = {
      ...good,
      validto: "2025-06-30",
      discovery: { sitemaps: good.discovery.sitemaps, feed: [] },
    };
    expect(() => parseRegistryFile(JSON.stringify({ sources: [typo] }), "t.json")).toThrow(
      't.json: sources[0] (id "demo-a"): validto: unknown field\nt.json: sources[0] (id "demo-a"): discovery.feed: unknown field',
    );
  });

  it("rejects invalid JSON with the file name", () => {
    expect(() => parseRegistryFile("{ sources: ", "broken.json")).toThrow(/^broken\.json: not valid JSON/);
  });

  it("rejects a duplicate id across files", async () => {
    const a = await tempFile("a.json", { sources: [good] });
    const b = await tempFile("b.json", { sources: [{ ...good, name: "Again" }] });
    const error = await loadRegistry([a, b]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toBe(
      `${b}: sources[0] (id "demo-a"): id: duplicate id, first defined in ${a}: sources[0]`,
    );
  });

  it("rejects a replacedBy pointing nowhere", async () => {
    const a = await tempFile("a.json", {
      sources: [{ ...good, validTo: "2025-06-30", replacedBy: "ghost" }],
    });
    await expect(loadRegistry([a])).rejects.toThrow('replacedBy: unknown source id "ghost"');
  });

  it("applies schema defaults (family, politeness-free entries)", async () => {
    const a = await tempFile("a.json", { sources: [good] });
    const [source] = await loadRegistry([a]);
    expect(source!.family).toBe("generic");
    expect(source!.discovery.listings).toEqual([]);
  });
});
