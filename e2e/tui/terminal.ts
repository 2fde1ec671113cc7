/**
 * A real terminal for the TUI tests: a private tmux server (its own socket, so the user's tmux is
 * never touched) running the built `bilateral`, driven with send-keys and read with capture-pane.
 */
import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

export const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
export const CLI = join(REPO, "apps", "cli", "dist", "bilateral.js")

/** A relation as `bilateral countries --json` gives it (the fields these tests read). */
export interface RelationEntry {
  readonly code: string
  readonly relation: string
  readonly name: { readonly vi?: string; readonly en?: string }
  readonly title: { readonly vi: string; readonly en: string }
}

/**
 * The relations of a dataset, in the order the UI lists them, read from the built CLI: the tests
 * take names and codes from the data instead of writing them.
 */
export const relationsOf = (args: string[] = []): ReadonlyArray<RelationEntry> => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build apps/cli first`)
  const out = execFileSync(process.execPath, [CLI, "countries", "--json", ...args], {
    encoding: "utf8",
  })
  return (JSON.parse(out) as { countries: RelationEntry[] }).countries
}

export class Terminal {
  private readonly socket: string

  constructor(name: string) {
    this.socket = `bilateral-e2e-${process.pid}-${name}`
  }

  /** Runs a tmux command on this terminal's server. */
  tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], {
      encoding: "utf8",
      env: { ...process.env, TMUX: "" },
    })
  }

  /**
   * Starts `bilateral` in a window of the given size. When it exits, the shell prints its exit
   * status and keeps the pane open, so the test can read what the terminal shows afterwards.
   */
  start(
    columns: number,
    rows: number,
    env: Record<string, string> = {},
    args: string[] = [],
  ): void {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build apps/cli first`)
    const vars = Object.entries({ TERM: "xterm-256color", LANG: "C.UTF-8", ...env })
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(" ")
    const command = `clear; ${vars} ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${args.map((a) => JSON.stringify(a)).join(" ")}; echo "EXIT=$?"; sleep 120`
    this.tmux("new-session", "-d", "-s", "tui", "-x", String(columns), "-y", String(rows), command)
  }

  /** Types keys: tmux key names ("Enter", "Down", "Escape", "Tab", "C-c"). */
  keys(...names: string[]): void {
    this.tmux("send-keys", "-t", "tui", ...names)
  }

  /** Types text literally (UTF-8). */
  type(text: string): void {
    this.tmux("send-keys", "-t", "tui", "-l", text)
  }

  resize(columns: number, rows: number): void {
    this.tmux("resize-window", "-t", "tui", "-x", String(columns), "-y", String(rows))
  }

  /** The screen as text, one string per line. */
  screen(): string[] {
    return this.tmux("capture-pane", "-t", "tui", "-p").replace(/\n$/, "").split("\n")
  }

  /** The pane's size as tmux sees it. */
  size(): { columns: number; rows: number } {
    const [columns, rows] = this.tmux(
      "display-message",
      "-t",
      "tui",
      "-p",
      "#{pane_width} #{pane_height}",
    )
      .trim()
      .split(" ")
      .map(Number)
    return { columns: columns ?? 0, rows: rows ?? 0 }
  }

  /** Waits until the screen satisfies `check`, then returns it; throws with the screen after `ms`. */
  async waitFor(
    check: (text: string, lines: string[]) => boolean,
    what: string,
    ms = 10_000,
  ): Promise<string[]> {
    const deadline = Date.now() + ms
    let lines: string[] = []
    while (Date.now() < deadline) {
      lines = this.screen()
      if (check(lines.join("\n"), lines)) return lines
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`timed out waiting for ${what}; the screen shows:\n${lines.join("\n")}`)
  }

  /** Waits until the screen contains `text`. */
  waitForText(text: string, ms?: number): Promise<string[]> {
    return this.waitFor((screen) => screen.includes(text), JSON.stringify(text), ms)
  }

  stop(): void {
    try {
      this.tmux("kill-server")
    } catch {
      // already gone
    }
  }
}
