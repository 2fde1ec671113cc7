/**
 * Text from the data made safe for a terminal: no character of it can start an escape sequence,
 * ring the bell or move the cursor. Every segment the UI draws passes through `terminalSafe`
 * (Items.ts `seg`, and the header, tabs, status line and search box), so a summary carrying
 * `ESC ] 0 ; title BEL` shows as text instead of setting the terminal's title.
 */

const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters replaced
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters looked for
const ANY = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** The replacement shown for a control character: visible, one column wide. */
export const REPLACEMENT = "\ufffd"

/**
 * `text` with line breaks and tabs turned into one space and every other C0 or C1 control
 * character (ESC, BEL, DEL, CSI…) into "�". Text without any is returned as it is.
 */
export const terminalSafe = (text: string): string =>
  // Fast path: almost all text has no control character at all.
  ANY.test(text) ? text.replace(BREAKS, " ").replace(CONTROLS, REPLACEMENT) : text
