/**
 * Live editing commands: `briefdeck dev` (Slidev dev server + watch + merge on change) and
 * `briefdeck status` (which slides are edited, conflicted or stale).
 */
import type { Command } from 'commander'
import type { GenerateCliOptions } from './cli.ts'

/** What the live commands borrow from the CLI (it is the only module that prints). */
export interface CliKit {
  log: (msg: string) => void
  stage: <T>(label: string, fn: () => Promise<T> | T) => Promise<T>
  runGenerate: (article: string, opts: GenerateCliOptions) => Promise<unknown>
}

export function registerLiveCommands(_program: Command, _kit: CliKit): void {
  // `dev` and `status` are registered here (issue 5).
}
