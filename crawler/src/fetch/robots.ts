import { RobotsTxtFile } from "@crawlee/utils";
import type { HostPoliteness } from "./politeness.ts";

export const USER_AGENT_TOKEN = "vnfacts";

/** What robots.txt says about a host; `reason` explains a blanket refusal. */
interface HostRules {
  file: RobotsTxtFile | null;
  disallowAll: string | null;
}

/**
 * robots.txt per origin, fetched once per run through the politeness gate (so its request counts against the
 * host's delay like any other). RFC 9309: a 4xx means no rules; a 5xx or a network error means "disallow
 * everything" for this run.
 */
export class RobotsRules {
  private readonly origins = new Map<string, Promise<HostRules>>();

  constructor(
    private readonly gate: HostPoliteness,
    private readonly options: { timeoutMs: number; userAgent: string; enabled: boolean },
  ) {}

  /** Null when allowed, otherwise the reason. */
  async refusal(url: string): Promise<string | null> {
    if (!this.options.enabled) return null;
    const origin = new URL(url).origin;
    let rules = this.origins.get(origin);
    if (!rules) {
      rules = this.load(origin);
      this.origins.set(origin, rules);
    }
    const { file, disallowAll } = await rules;
    if (disallowAll) return disallowAll;
    if (file && !file.isAllowed(url, USER_AGENT_TOKEN)) return "disallowed by robots.txt";
    return null;
  }

  private async load(origin: string): Promise<HostRules> {
    const url = `${origin}/robots.txt`;
    const release = await this.gate.acquire(url);
    try {
      const response = await fetch(url, {
        headers: { "user-agent": this.options.userAgent },
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: "follow",
      });
      if (response.status >= 500)
        return { file: null, disallowAll: `robots.txt unavailable (${response.status})` };
      if (response.status >= 400) return { file: null, disallowAll: null };
      return { file: RobotsTxtFile.from(url, await response.text()), disallowAll: null };
    } catch (error) {
      return { file: null, disallowAll: `robots.txt unreachable (${(error as Error).message})` };
    } finally {
      release();
    }
  }
}
