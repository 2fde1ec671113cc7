/**
 * Hides Node's global `fetch` while Ink loads, so that yoga's WebAssembly (embedded as base64)
 * is decoded in place instead of fetched from a `data:` URL: Emscripten uses `fetch` whenever it
 * exists, and touching Node's lazy `fetch` loads undici, which the UI never uses. Imported for
 * its effect first thing in RunTui.tsx; `restoreFetch` puts the lazy property back afterwards.
 */

const saved = Object.getOwnPropertyDescriptor(globalThis, "fetch")
if (saved?.configurable) {
  Object.defineProperty(globalThis, "fetch", {
    value: undefined,
    configurable: true,
    writable: true,
  })
}

/** Puts Node's `fetch` back as it was (still not loaded). */
export const restoreFetch = (): void => {
  if (saved?.configurable) Object.defineProperty(globalThis, "fetch", saved)
}
