// Builders for store, export and CLI tests: real-looking records without running the crawler.
import { type ArticleRecord, contentHashOf, recordIdFor } from "@vnfacts/shared";

export function makeRecord(overrides: Partial<ArticleRecord> & { url: string }): ArticleRecord {
  const title = overrides.title ?? "Phường Kỳ Sơn phát động phong trào thi đua, yêu nước năm 2026";
  const body =
    overrides.body ??
    "Chiều 27/1, Đảng ủy, HĐND, UBND, Ủy ban MTTQ phường Kỳ Sơn tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.\n\nNhân dịp này, có 5 cá nhân được nhận Bằng khen của Thủ tướng Chính phủ.";
  const award = "5 cá nhân được nhận Bằng khen của Thủ tướng Chính phủ";
  const start = body.indexOf(award);
  return {
    id: recordIdFor(overrides.url),
    sourceId: "phutho-kyson-ward",
    province: "Phú Thọ",
    title,
    lead: null,
    body,
    publicationDate: { value: "2026-01-27", precision: "day", raw: "27/01/2026", origin: "page" },
    section: "Xây dựng Đảng",
    authors: ["Dương Liễu"],
    topics: [{ topic: "emulation", score: 3, evidence: ["thi đua", "khen thưởng"] }],
    contentHash: contentHashOf(title, body),
    fetchedAt: "2026-01-28T01:00:00.000Z",
    extractorVersion: "test-1",
    facts:
      start >= 0
        ? [
            {
              type: "award",
              start,
              end: start + award.length,
              text: award,
              form: "Bằng khen",
              issuer: "Thủ tướng Chính phủ",
              recipientKind: "cá nhân",
              count: 5,
              status: "conferred",
            },
          ]
        : [],
    ...overrides,
  };
}

/** The same record with a new body (hash recomputed), as after an edit on the portal. */
export function withBody(record: ArticleRecord, body: string): ArticleRecord {
  return { ...record, body, facts: [], contentHash: contentHashOf(record.title, body) };
}
