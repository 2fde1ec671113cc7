/**
 * The UI build of `bilateral` (dist/tui-HASH.js): the interactive terminal UI on the embedded
 * dataset, in one CommonJS file that the launcher (Launch.ts) compiles with V8's code cache, as it
 * does the fast build (Fast.ts), so that the first frame is not spent parsing Ink and React. It
 * runs the same `run` as the full build; yoga's WebAssembly is instantiated first (the build gives
 * yoga-layout a `yogaReady` promise in place of its top-level await, which CommonJS cannot hold).
 */
import { yogaReady } from "bilateral:yoga-ready"
import { exitWith, processIo } from "./cli/ProcessIo"
import { run } from "./Main"

/** Runs this process's command line, which the fast build routed here. */
export const start = (): void => {
  const io = processIo()
  exitWith(yogaReady.then(() => run(io)))
}

/**
 * Draws the UI's first frames into a stream that is not a terminal, for the build's warm-up run
 * (scripts/build.mjs), so that the code cache holds what the first frame compiles.
 */
export const warmUp = async (): Promise<void> => {
  await yogaReady
  await (await import("./tui/WarmUp")).drawFirstFrames()
}
