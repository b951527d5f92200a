import { type Command, InvalidArgumentError } from "commander";
import { DEFAULT_CRON, SCHEDULE_TIMEZONE, scheduleCrawl, validateCron } from "../../schedule/index.ts";
import { checkedInRegistryPaths, loadRegistry } from "../../sources/index.ts";
import { summaryLines } from "../progress.ts";
import { addCrawlOptions, type CrawlCliOptions, crawlInto } from "./crawl.ts";

function parseCron(value: string): string {
  try {
    validateCron(value);
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
    const job = scheduleCrawl(
      opts.cron,
      async () => {
        // Reloaded each run so registry edits apply without a restart.
        const summary = await crawlInto(await loadRegistry(paths), opts);
        say(summaryLines(summary).join("\n"));
        say(`next run ${job.nextRun()?.toISOString() ?? "never"}`);
      },
      {
        onSkipped: (since) =>
          say(`skipped a tick: the run started ${since?.toISOString() ?? "?"} is still going`),
        onError: (error) => say(`run failed: ${error.message.split("\n")[0]}`),
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
