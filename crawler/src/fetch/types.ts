import type { PageKind } from "../store/types.ts";
import type { DecodedPage } from "./charset.ts";

/** One page to fetch. `listing` carries the listing's position for pagination. */
export interface FetchRequest {
  url: string;
  sourceId: string;
  kind: PageKind;
  /** Fetch with a real browser (the source's `needsBrowser`, for listing and article pages). */
  browser: boolean;
  /** The registry's declared charset, if any. */
  charset?: string | undefined;
  listing?: { index: number; page: number } | undefined;
}

export interface FetchedPage {
  request: FetchRequest;
  /** After redirects. */
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  /** Raw bytes as received (for rendered pages: the DOM serialised as UTF-8 with a BOM). */
  body: Uint8Array;
  decoded: DecodedPage;
  fetchedAt: string;
}

export interface FetchSettings {
  /** Crawlee's concurrency per crawler; the per-host gate does the real limiting. */
  maxConcurrency: number;
  requestTimeoutMs: number;
  maxResponseBytes: number;
  /** Retries after the first attempt (5xx, 429, timeouts, network errors). */
  maxRetries: number;
  /** First backoff after a 5xx when there is no Retry-After; doubles per retry. */
  retryBaseMs: number;
  userAgent: string;
}

export const DEFAULT_FETCH_SETTINGS: FetchSettings = {
  maxConcurrency: 8,
  requestTimeoutMs: 30_000,
  maxResponseBytes: 10 * 1024 * 1024,
  maxRetries: 3,
  retryBaseMs: 2_000,
  userAgent: "vnfacts/0.1 (+research crawler; respects robots.txt)",
};

export interface FetchHandlers {
  /** A page arrived (any status below 400). Throwing here is a bug: the caller records bad input itself. */
  onPage(page: FetchedPage): Promise<FetchRequest[] | undefined>;
  /** A page could not be fetched; `permanent` failures are not retried in later runs. */
  onFailure(request: FetchRequest, reason: string, permanent: boolean): Promise<void>;
}
