/**
 * `bilateral:yoga-ready`, a module only the UI build has (scripts/build.mjs makes it): resolves
 * once yoga-layout's WebAssembly is instantiated and Ink can lay out.
 */
declare module "bilateral:yoga-ready" {
  export const yogaReady: Promise<void>
}
