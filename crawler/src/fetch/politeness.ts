/**
 * Per-host politeness shared by every crawler of a run (Cheerio and Playwright alike): at most
 * `maxConcurrency` requests in flight against one host and at least `minDelayMs` between two request starts,
 * and between the end of one request and the next start.
 * Crawlee's own `sameDomainDelaySecs`/`maxConcurrency` hold per crawler instance only, and a run uses several
 * instances (discovery, articles, browser), so the gate lives here and every request passes through it.
 */
export interface HostLimits {
  maxConcurrency: number;
  minDelayMs: number;
}

export const DEFAULT_HOST_LIMITS: HostLimits = { maxConcurrency: 1, minDelayMs: 1000 };
/** Politeness off (tests, benchmarks on loopback): no delay, generous concurrency. */
export const NO_HOST_LIMITS: HostLimits = { maxConcurrency: 64, minDelayMs: 0 };

interface HostState {
  limits: HostLimits;
  inFlight: number;
  /** Earliest time (ms since epoch) the next request may start. */
  nextStartAt: number;
  waiters: Array<() => void>;
  timer: NodeJS.Timeout | null;
}

/** Hands out one slot per request; call the returned release function exactly once (extra calls are ignored). */
export type Release = () => void;

export class HostPoliteness {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly defaults: HostLimits = DEFAULT_HOST_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Sets the limits of one host (a source's `politeness` override). */
  configure(host: string, limits: Partial<HostLimits>): void {
    const state = this.state(host);
    state.limits = { ...state.limits, ...definedOnly(limits) };
  }

  limitsOf(host: string): HostLimits {
    return this.state(host).limits;
  }

  /** Waits for a slot on the URL's host. */
  acquire(url: string): Promise<Release> {
    const host = hostOf(url);
    const state = this.state(host);
    return new Promise<Release>((resolve) => {
      state.waiters.push(() => {
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          state.inFlight--;
          // Also space from the end of a request: a send can leave our process well after its slot
          // started (connection setup, a busy event loop), and the server sees arrival times.
          state.nextStartAt = Math.max(state.nextStartAt, this.now() + state.limits.minDelayMs);
          this.pump(state);
        });
      });
      this.pump(state);
    });
  }

  /** Holds every request to the URL's host back for `ms` (a 429's Retry-After, a 5xx backoff). */
  backoff(url: string, ms: number): void {
    const state = this.state(hostOf(url));
    state.nextStartAt = Math.max(state.nextStartAt, this.now() + ms);
  }

  /** Requests waiting for a slot, all hosts together. */
  get waiting(): number {
    let n = 0;
    for (const s of this.hosts.values()) n += s.waiters.length;
    return n;
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { limits: { ...this.defaults }, inFlight: 0, nextStartAt: 0, waiters: [], timer: null };
      this.hosts.set(host, state);
    }
    return state;
  }

  private pump(state: HostState): void {
    while (state.waiters.length > 0 && state.inFlight < state.limits.maxConcurrency) {
      const wait = state.nextStartAt - this.now();
      if (wait > 0) {
        if (!state.timer) {
          state.timer = setTimeout(() => {
            state.timer = null;
            this.pump(state);
          }, wait);
        }
        return;
      }
      const next = state.waiters.shift()!;
      state.inFlight++;
      state.nextStartAt = this.now() + state.limits.minDelayMs;
      next();
    }
  }
}

export function hostOf(url: string): string {
  return new URL(url).host.toLowerCase();
}

function definedOnly(limits: Partial<HostLimits>): Partial<HostLimits> {
  const out: Partial<HostLimits> = {};
  if (limits.maxConcurrency !== undefined) out.maxConcurrency = limits.maxConcurrency;
  if (limits.minDelayMs !== undefined) out.minDelayMs = limits.minDelayMs;
  return out;
}
