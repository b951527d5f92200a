import {
  ArticleRecord,
  type CleanArticle,
  canonicalUrl,
  contentHashOf,
  describeZodError,
  recordIdForCanonical,
  type Source,
  safeParseAndMark,
} from "@vnfacts/shared";
import { classifyTopics, EXTRACTOR_VERSION, extractFacts } from "@vnfacts/shared/extract";
import { cleanArticleHtml } from "../clean/index.ts";

/** What became of one fetched article page. */
export type ArticleOutcome =
  | { kind: "kept"; record: ArticleRecord }
  | { kind: "dropped"; reason: string }
  | { kind: "failed"; reason: string };

export interface ArticleInput {
  url: string;
  /** Decoded page text (NFC). */
  html: string;
  fetchedAt: string;
}

function stage<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message.split("\n")[0]}`);
  }
}

/**
 * Clean → relevance → facts → zod-validated `ArticleRecord`. Pure: never throws; a page that cannot be
 * cleaned, extracted or validated comes back as `failed` with the reason, an off-topic one as `dropped`.
 */
export function buildArticle(source: Source, input: ArticleInput): ArticleOutcome {
  try {
    const clean: CleanArticle = stage("clean", () =>
      cleanArticleHtml(input.html, {
        url: input.url,
        family: source.family,
        fetchedAt: new Date(input.fetchedAt),
      }),
    );
    if (!clean.body.trim()) return { kind: "failed", reason: "clean: no article text found" };
    const topics = stage("classify", () => classifyTopics(clean.title, clean.body));
    if (topics.length === 0) return { kind: "dropped", reason: "off topic" };
    const facts = stage("extract", () =>
      extractFacts(clean.body, { publicationDate: clean.publicationDate.value, title: clean.title }),
    );
    const url = canonicalUrl(input.url);
    const candidate = {
      id: recordIdForCanonical(url),
      url,
      sourceId: source.id,
      province: source.province,
      title: clean.title,
      lead: clean.lead,
      body: clean.body,
      publicationDate: clean.publicationDate,
      section: clean.section,
      authors: clean.authors,
      topics,
      contentHash: contentHashOf(clean.title, clean.body),
      fetchedAt: input.fetchedAt,
      extractorVersion: EXTRACTOR_VERSION,
      facts,
    };
    // Marked as produced: the store's boundary check then accepts it without parsing it a second time.
    const parsed = safeParseAndMark(ArticleRecord, candidate);
    if (!parsed.success)
      return { kind: "failed", reason: `invalid record: ${describeZodError(parsed.error).split("\n")[0]}` };
    return { kind: "kept", record: parsed.data };
  } catch (error) {
    return { kind: "failed", reason: (error as Error).message };
  }
}
