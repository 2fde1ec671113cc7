/**
 * What a command line of `bilateral` means once read: the command to run with its arguments and
 * the global options, or a request for help or the version. `parseArgs` (Args.ts) builds it.
 */
import type { DayDate, EventKind } from "@bilateral/domain"
import type { CommandName } from "./CommandTable"

/** The language of the output (and of an article given to `extract`). */
export type Lang = "vi" | "en"

/** The options every command takes. */
export interface GlobalOptions {
  readonly json: boolean
  readonly lang: Lang
  /** The dataset directory from `--data` or BILATERAL_DATA; absent for the embedded dataset. */
  readonly data?: string
}

/** A subcommand with its arguments and its own options, checked. */
export type Command =
  | { readonly name: "overview" }
  | { readonly name: "countries" }
  | { readonly name: "show"; readonly code?: string }
  | { readonly name: "metrics"; readonly code?: string; readonly asOf?: DayDate }
  | {
      readonly name: "timeline"
      readonly country?: string
      readonly kind?: EventKind
      readonly from?: number
      readonly to?: number
    }
  | { readonly name: "compare"; readonly codes: ReadonlyArray<string>; readonly asOf?: DayDate }
  | { readonly name: "validate"; readonly dir?: string; readonly sources?: string }
  | {
      readonly name: "export"
      readonly format: "json" | "csv"
      readonly out?: string
      /** Replace an existing regular file at `out`. */
      readonly force?: boolean
    }
  | { readonly name: "new"; readonly what: "relation"; readonly id: string }
  | {
      readonly name: "extract"
      readonly file: string
      readonly published?: string
      readonly relation?: string
      readonly into?: string
      /** The article's language when --lang was given; else it is detected. */
      readonly language?: Lang
    }

/** A command line read: a command to run, help (on one command or all), or the version. */
export type Invocation =
  | { readonly _tag: "Run"; readonly command: Command; readonly options: GlobalOptions }
  | { readonly _tag: "Help"; readonly topic?: CommandName }
  | { readonly _tag: "Version" }
