import { buildDataset } from "../dataset/join.ts";
import { contentHashOf, recordIdFor } from "../ids.ts";
import { Annotation, ArticleRecord, type TagId } from "../schema/index.ts";
import type { ExportDocument } from "./document.ts";

// Real-looking input for the exporter and dataset tests: the opening of a Phú Thọ ward article
// (shared/seeds/000), with Vietnamese diacritics in NFC so UTF-16 offsets are exercised.

export const DEMO_URL =
  "https://kyson.phutho.gov.vn/tin-tuc/phuong-ky-son-phat-dong-phong-trao-thi-dua-245012.htm";
export const DEMO_TITLE = "Phường Kỳ Sơn phát động phong trào thi đua, yêu nước năm 2026";
export const DEMO_BODY = [
  "Chiều 27/1, Đảng ủy, HĐND, UBND, Ủy ban MTTQ phường Kỳ Sơn tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 và phát động phong trào thi đua, yêu nước năm 2026.",
  "Thừa ủy quyền Thủ tướng Chính phủ, Chủ tịch UBND phường Kỳ Sơn Nguyễn Hữu Cường trao tặng Bằng khen cho 5 cá nhân phường Kỳ Sơn.",
  "Qua đó, phường Kỳ Sơn hoàn thành và vượt 17/17 chỉ tiêu kinh tế - xã hội; thu ngân sách Nhà nước đạt trên 16,9 tỷ đồng; giải quyết việc làm cho 680 lao động; tỷ lệ hộ nghèo giảm còn 1,54%.",
  "Lãnh đạo phường Kỳ Sơn trao tặng Giấy khen cho 16 tập thể và 5 hộ gia đình có thành tích xuất sắc trong sản xuất kinh doanh giỏi năm 2025.",
].join("\n\n");

export function demoRecord(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  const url = overrides.url ?? DEMO_URL;
  const body = overrides.body ?? DEMO_BODY;
  return ArticleRecord.parse({
    id: recordIdFor(url),
    url,
    sourceId: "phuong-ky-son",
    province: "Phú Thọ",
    title: DEMO_TITLE,
    lead: null,
    body,
    publicationDate: { value: "2026-01-27", precision: "day", raw: "27/01/2026", origin: "page" },
    section: "Xây dựng Đảng",
    authors: ["Dương Liễu"],
    topics: [{ topic: "emulation", score: 3, evidence: ["thi đua"] }],
    contentHash: contentHashOf(DEMO_TITLE, body),
    fetchedAt: "2026-01-28T08:00:00+07:00",
    extractorVersion: "test",
    facts: [],
    ...overrides,
  });
}

let counter = 0;

/** An annotation on the `occurrence`-th match of `exact` in `body`, with quote (32-char context) and position. */
export function annotate(
  body: string,
  exact: string,
  tag: TagId,
  opts: Partial<Omit<Annotation, "target" | "tag">> & { occurrence?: number; url?: string } = {},
): Annotation {
  let start = -1;
  for (let i = 0; i <= (opts.occurrence ?? 0); i++) start = body.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`test fixture: "${exact}" is not in the body`);
  const end = start + exact.length;
  counter++;
  const { occurrence: _o, url, ...rest } = opts;
  return Annotation.parse({
    id: `urn:uuid:00000000-0000-4000-8000-${counter.toString(16).padStart(12, "0")}`,
    target: {
      source: url ?? DEMO_URL,
      selector: [
        {
          type: "TextQuoteSelector",
          exact,
          prefix: body.slice(Math.max(0, start - 32), start),
          suffix: body.slice(end, end + 32),
        },
        { type: "TextPositionSelector", start, end },
      ],
    },
    tag,
    author: "Lan",
    created: "2026-02-01T09:00:00+07:00",
    modified: "2026-02-01T09:05:00+07:00",
    ...rest,
  });
}

/** Five annotations on the demo body covering every status, a note, a value and a machine provenance. */
export function demoAnnotations(): Annotation[] {
  return [
    annotate(DEMO_BODY, "Bằng khen cho 5 cá nhân", "award", { value: 5, note: "Thủ tướng tặng" }),
    annotate(DEMO_BODY, "Nguyễn Hữu Cường", "person", { status: "accepted", provenance: "machine" }),
    annotate(DEMO_BODY, "16,9 tỷ đồng", "metric", {
      status: "corrected",
      provenance: "machine",
      value: 16.9e9,
    }),
    annotate(DEMO_BODY, "Giấy khen cho 16 tập thể", "award", { status: "rejected", provenance: "machine" }),
    annotate(DEMO_BODY, "phường Kỳ Sơn", "locality", { occurrence: 2, value: "Kỳ Sơn" }),
  ];
}

/** The demo record and annotations joined: one document with five spans (test input for every exporter). */
export function demoDocument(): ExportDocument {
  const doc = buildDataset([demoRecord()], demoAnnotations()).documents[0];
  if (!doc) throw new Error("test fixture: the demo annotations did not anchor");
  return doc;
}
