/**
 * `bilateral`, the full build (dist/full.mjs): every command, the interactive UI and `--data`.
 * The launcher (Launch.ts, dist/bilateral.js) imports it for whatever the fast build (Fast.ts)
 * does not answer. Everything it does is in Main.ts; this file only connects it to the process.
 */
import { exitWith, processIo } from "./cli/ProcessIo"
import { run } from "./Main"

exitWith(run(processIo()))
