import { Command, CommanderError } from "commander";
import { registerCommands } from "./commands/index.ts";

/** Builds the `vnfacts` program. Each command lives in `commands/<name>.ts` and registers itself. */
export function buildProgram(): Command {
  const program = new Command("vnfacts")
    .description(
      "Vietnamese local-government news → clean, reviewed dataset (emulation movements, party congresses)",
    )
    .configureOutput({
      // A bad argument gets one line on stderr: the reason and where to look next.
      outputError: (text, write) =>
        write(
          `vnfacts: ${text
            .trim()
            .split("\n")[0]
            ?.replace(/^error: /, "")} (see --help)\n`,
        ),
    });
  program.exitOverride();
  registerCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`vnfacts: ${message.split("\n")[0]}\n`);
    if (process.env.VNFACTS_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  }
}
