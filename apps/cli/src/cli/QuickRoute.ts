/**
 * The one command line the launcher (Launch.ts) routes without parsing it: `bilateral` alone, on a
 * terminal at both ends, without BILATERAL_DATA, opens the interactive UI on the embedded dataset.
 * The launcher then loads the UI build alone, without the fast build that routes every other
 * command line (Fast.ts `routeOf`, which asks this first, so both route it alike).
 */

/** "tui" for `bilateral` alone on a terminal without BILATERAL_DATA; undefined for anything else. */
export const quickRoute = (io: {
  readonly argv: ReadonlyArray<string>
  readonly env: Readonly<Record<string, string | undefined>>
  readonly stdinIsTTY: boolean
  readonly stdoutIsTTY: boolean
}): "tui" | undefined =>
  io.argv.length === 0 && io.env.BILATERAL_DATA === undefined && io.stdinIsTTY && io.stdoutIsTTY
    ? "tui"
    : undefined
