import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { CleanArticle, Fact, PortalFamily, parseOrThrow } from "@vnfacts/shared";
import {
  EXTRACTOR_VERSION,
  extractArticle,
  parseTextDocument,
  summarizeExtraction,
} from "@vnfacts/shared/extract";
import type { Command } from "commander";
import * as z from "zod";
import { cleanArticleHtml } from "../../clean/index.ts";
import { decodePage } from "../../fetch/charset.ts";

const Options = z.object({
  referenceDate: z.iso.date({ message: "expected YYYY-MM-DD" }).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  family: PortalFamily.optional(),
});

/**
 * `vnfacts extract FILE`: one article (.txt text dump or .html page) → one JSON object on stdout with
 * the document fields and every fact (the contract the evaluation scripts rely on).
 */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract facts from one article file (.txt text dump or .html page); prints one JSON object")
    .argument("<file>", "article file: .txt (one block per line) or .html")
    .option("--reference-date <date>", "fetch date (YYYY-MM-DD): resolves '1 giờ trước' and year-less dates")
    .option("--url <url>", "the page's URL (HTML only: picks the portal family's rules)")
    .option("--family <family>", `portal family for HTML: ${PortalFamily.options.join(", ")}`)
    .action(async (file: string, raw: { referenceDate?: string; url?: string; family?: string }) => {
      const opts = parseOrThrow(Options, raw, "extract options");
      const fetchedAt = opts.referenceDate ? new Date(`${opts.referenceDate}T12:00:00+07:00`) : new Date();
      const bytes = new Uint8Array(await readFile(file));
      const ext = extname(file).toLowerCase();
      const doc =
        ext === ".html" || ext === ".htm"
          ? cleanArticleHtml(decodePage(bytes).text, { url: opts.url, family: opts.family, fetchedAt })
          : parseTextDocument(new TextDecoder("utf-8").decode(bytes), { fetchedAt });
      const article = parseOrThrow(CleanArticle, doc, file);
      const result = extractArticle(article, { fetchedAt });
      const facts = parseOrThrow(z.array(Fact), result.facts, `${file}: facts`);
      const summary = summarizeExtraction(article, { topics: result.topics, facts });
      process.stdout.write(
        `${JSON.stringify({ extractorVersion: EXTRACTOR_VERSION, ...summary, facts }, null, 2)}\n`,
      );
    });
}
