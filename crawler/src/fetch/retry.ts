/** Statuses worth another try: the server is overloaded or briefly broken, not the request wrong. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status <= 599);
}

/**
 * `Retry-After` in milliseconds: either delta-seconds or an HTTP date. Null when absent or unreadable.
 * Capped so a hostile header cannot park the crawl for a day.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number,
  capMs = 120_000,
): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return null;
    ms = at - now;
  }
  return Math.min(Math.max(0, Math.round(ms)), capMs);
}

/** Exponential backoff for the n-th retry (0-based): base · 2ⁿ, capped. */
export function backoffDelay(retry: number, baseMs: number, capMs = 30_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, retry));
}
