import { SingleBar } from "cli-progress";
import type { CrawlEvent, CrawlSummary } from "../crawl/events.ts";

export interface Progress {
  onEvent(event: CrawlEvent): void;
  stop(): void;
}

/**
 * A progress bar when stderr is a terminal; otherwise one JSON object per line on stderr (machines,
 * CI logs, and the resume test that watches a child crawl).
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? barProgress(stream) : jsonLinesProgress(stream);
}

export function jsonLinesProgress(stream: NodeJS.WritableStream): Progress {
  return {
    onEvent(event) {
      const level =
        event.type === "failure" || (event.type === "article" && event.outcome === "failed")
          ? "warn"
          : "info";
      stream.write(`${JSON.stringify({ ts: new Date().toISOString(), level, ...event })}\n`);
    },
    stop() {},
  };
}

function barProgress(stream: NodeJS.WriteStream): Progress {
  const bar = new SingleBar(
    {
      stream,
      format: "{phase} [{bar}] {value}/{total} | kept {kept} · dropped {dropped} · failed {failed}",
      hideCursor: true,
      clearOnComplete: false,
    },
    undefined,
  );
  const counts = { kept: 0, dropped: 0, failed: 0 };
  let started = false;
  let total = 0;
  let value = 0;
  return {
    onEvent(event) {
      if (event.type === "phase") {
        if (started) bar.stop();
        total = event.total;
        value = 0;
        bar.start(Math.max(total, 1), 0, { phase: event.phase.padEnd(9), ...counts });
        started = true;
        return;
      }
      if (!started) return;
      if (event.type === "discovered") {
        value++;
        if (value > total) {
          total = value;
          bar.setTotal(total);
        }
      }
      if (event.type === "article") {
        value++;
        if (event.outcome === "dropped") counts.dropped++;
        else if (event.outcome === "failed") counts.failed++;
        else counts.kept++;
      }
      if (event.type === "failure") {
        value++;
        counts.failed++;
      }
      bar.update(Math.min(value, Math.max(total, value)), counts);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** The human summary printed at the end of `crawl` and `demo`. */
export function summaryLines(summary: CrawlSummary): string[] {
  return [
    `sources        ${summary.sources}${summary.skippedSources ? ` (${summary.skippedSources} skipped: outside validFrom/validTo)` : ""}`,
    `pages fetched  ${summary.pagesFetched} (${summary.articlesFetched} articles)`,
    `kept           ${summary.kept} (new ${summary.inserted}, updated ${summary.updated}, unchanged ${summary.unchanged})`,
    `dropped        ${summary.dropped} (off topic)`,
    `failed         ${summary.failed}${summary.failed ? " (see `vnfacts status`)" : ""}`,
    `time           ${(summary.durationMs / 1000).toFixed(1)} s`,
  ];
}
