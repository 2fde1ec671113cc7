/**
 * Text of a page as one string. Adjacent JSX expressions (`{a}{b && ` · ${b}`}`) are separate
 * text nodes: the HTML puts `<!-- -->` between them and the page's inline RSC payload writes each
 * one, with `"$undefined"` or `false` for the parts left out. Joining them first writes one
 * string in both.
 */

/** The given parts joined in order; `undefined`, `null`, `false` and empty parts are left out. */
export const joinText = (...parts: ReadonlyArray<string | number | false | null | undefined>) =>
  parts.filter((part) => part !== undefined && part !== null && part !== false).join("")
