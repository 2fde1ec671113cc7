// Mutations of a dataset for fuzzing the loader: byte flips, truncations, type swaps, huge
// strings, deep nesting, alias bombs, duplicate keys and ids, and (on disk) files swapped for
// directories and symbolic links. Shared by test/fuzz.test.ts and bench/fuzz.bench.mjs.

/** The kinds of mutation, each applied to one file of the dataset. */
export const MUTATIONS = [
  "byte-flip",
  "truncate",
  "type-swap",
  "huge-string",
  "deep-nesting",
  "alias-bomb",
  "duplicate-key",
  "duplicate-entries",
  "control-chars",
]

/** A small deterministic random generator (mulberry32), so that a failing case can be replayed. */
export const random = (seed) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const bomb = (levels) => {
  const lines = ["b0: &b0 [x, x, x, x, x, x, x, x, x, x]"]
  for (let i = 1; i < levels; i++)
    lines.push(
      `b${i}: &b${i} [${Array(10)
        .fill(`*b${i - 1}`)
        .join(", ")}]`,
    )
  return `${lines.join("\n")}\nevents: *b${levels - 1}\n`
}

/** Applies one mutation to one file's text. */
export const mutateText = (text, mutation, rnd) => {
  const at = Math.floor(rnd() * Math.max(1, text.length))
  switch (mutation) {
    case "byte-flip": {
      let out = text
      const flips = 1 + Math.floor(rnd() * 8)
      for (let i = 0; i < flips; i++) {
        const j = Math.floor(rnd() * out.length)
        const c = String.fromCharCode((out.charCodeAt(j) ^ (1 << Math.floor(rnd() * 7))) & 0xffff)
        out = out.slice(0, j) + c + out.slice(j + 1)
      }
      return out
    }
    case "truncate":
      return text.slice(0, at)
    case "type-swap": {
      const swaps = ["[]", "{}", "~", "12", "true", '"x"', "[[[]]]", "- a\n- b"]
      const lines = text.split("\n")
      const i = Math.floor(rnd() * lines.length)
      lines[i] = (lines[i] ?? "").replace(/: .*$/u, `: ${swaps[Math.floor(rnd() * swaps.length)]}`)
      return lines.join("\n")
    }
    case "huge-string":
      return `${text.slice(0, at)}${"Lâm ".repeat(50_000 + Math.floor(rnd() * 500_000))}${text.slice(at)}`
    case "deep-nesting": {
      const depth = 50 + Math.floor(rnd() * 200_000)
      return rnd() < 0.5
        ? `events: ${"[".repeat(depth)}${"]".repeat(depth)}\n`
        : `events:\n${Array.from({ length: Math.min(depth, 3000) }, (_, i) => `${" ".repeat(i + 2)}- `).join("\n")}x\n`
    }
    case "alias-bomb":
      return rnd() < 0.5 ? bomb(4 + Math.floor(rnd() * 8)) : `${text}\n${bomb(9)}`
    case "duplicate-key": {
      const lines = text.split("\n")
      const i = Math.floor(rnd() * lines.length)
      lines.splice(i, 0, lines[i] ?? "")
      return lines.join("\n")
    }
    case "duplicate-entries": {
      const list = /^(\w+):\n((?: {2}- [\s\S]*?)(?=\n {2}- |\n\w|$))/mu.exec(text)
      if (list === null) return `${text}${text}`
      const copies = 1 + Math.floor(rnd() * 5000)
      return `${list[1]}:\n${`${list[2]}\n`.repeat(copies)}`
    }
    case "control-chars": {
      const chars = ["\u001b]0;x\u0007", "\r", "\u0007", "\u009b", "\u2028", "\t"]
      return text.slice(0, at) + chars[Math.floor(rnd() * chars.length)] + text.slice(at)
    }
  }
}

/** A mutated copy of a dataset's files: one to three files mutated, each by one mutation. */
export const mutateDataset = (files, seed) => {
  const rnd = random(seed)
  const out = files.map((f) => ({ ...f }))
  const mutations = []
  const count = 1 + Math.floor(rnd() * 3)
  for (let i = 0; i < count; i++) {
    const j = Math.floor(rnd() * out.length)
    const mutation = MUTATIONS[Math.floor(rnd() * MUTATIONS.length)]
    const file = out[j]
    out[j] = { path: file.path, text: mutateText(file.text, mutation, rnd) }
    mutations.push(`${mutation} ${file.path}`)
  }
  return { files: out, mutations }
}
