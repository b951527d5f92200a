import { type Command, InvalidArgumentError } from "commander";
import { Cron } from "croner";
import { checkedInRegistryPaths, loadRegistry } from "../../sources/index.ts";
import { summaryLines } from "../progress.ts";
import { addCrawlOptions, type CrawlCliOptions, crawlInto } from "./crawl.ts";

export const SCHEDULE_TIMEZONE = "Asia/Ho_Chi_Minh";
/** Every four hours at minute 17 (off the hour, when everybody else's cron fires). */
export const DEFAULT_CRON = "17 */4 * * *";

function parseCron(value: string): string {
  try {
    new Cron(value, { timezone: SCHEDULE_TIMEZONE, paused: true }).stop();
  } catch (error) {
    throw new InvalidArgumentError(`not a cron expression: ${(error as Error).message}`);
  }
  return value;
}

export function registerSchedule(program: Command): void {
  addCrawlOptions(
    program
      .command("schedule")
      .description(
        `crawl on a cron schedule (time zone ${SCHEDULE_TIMEZONE}); a run never overlaps the previous one`,
      )
      .option("--cron <expr>", "cron expression", parseCron, DEFAULT_CRON),
  ).action(async (opts: CrawlCliOptions & { cron: string }) => {
    const paths = opts.sources?.length ? opts.sources : checkedInRegistryPaths();
    // Fail now on a broken registry rather than at the first tick.
    await loadRegistry(paths);
    const say = (line: string) => process.stdout.write(`${line}\n`);
    const job = new Cron(
      opts.cron,
      {
        timezone: SCHEDULE_TIMEZONE,
        protect: (running) =>
          say(`skipped a tick: the run started ${running.currentRun()?.toISOString()} is still going`),
        catch: (error) => say(`run failed: ${(error as Error).message.split("\n")[0]}`),
      },
      async () => {
        // Reloaded each run so registry edits apply without a restart.
        const summary = await crawlInto(await loadRegistry(paths), opts);
        say(summaryLines(summary).join("\n"));
        say(`next run ${job.nextRun()?.toISOString() ?? "never"}`);
      },
    );
    say(
      `scheduled "${opts.cron}" (${SCHEDULE_TIMEZONE}); next run ${job.nextRun()?.toISOString() ?? "never"}; Ctrl-C stops`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => {
        job.stop();
        resolve();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
  });
}
