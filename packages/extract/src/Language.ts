/**
 * Telling Vietnamese from English: Vietnamese letters and function words against English ones.
 *
 * @since 0.1.0
 */

const VI_WORDS =
  /(?<![\p{L}])(?:và|của|các|những|được|với|trong|hai|nước|năm|đã|là|cho|này|quan hệ|hợp tác)(?![\p{L}])/gu
const EN_WORDS = /\b(?:the|and|of|to|in|with|was|were|has|have|for|on|two|countries|relations)\b/giu
const VI_LETTERS = /[ăâêôơưđàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/giu

/**
 * The language of an article: "vi" or "en".
 * @example
 * detectLanguage("Hai nước đã ký Nghị định thư") // "vi"
 */
export const detectLanguage = (text: string): "vi" | "en" => {
  const { vi, en } = languageEvidence(text)
  return vi >= en ? "vi" : "en"
}

/**
 * How much of a text reads as Vietnamese and as English (function words, and Vietnamese letters
 * counted a quarter each). Use it to tell a confident detection from a guess.
 * @example
 * languageEvidence("Hai nước đã ký Nghị định thư").vi > 0 // true
 */
export const languageEvidence = (text: string): { readonly vi: number; readonly en: number } => ({
  vi: (text.match(VI_WORDS)?.length ?? 0) + (text.match(VI_LETTERS)?.length ?? 0) / 4,
  en: text.match(EN_WORDS)?.length ?? 0,
})

/**
 * The language to read an article in: the one asked for, unless the text is plainly in the other
 * (three times the evidence, and at least 20), as when `--lang en` asks for English messages about
 * a Vietnamese article.
 * @example
 * articleLanguage("Hai nước đã ký …", "en") // "vi" for a long Vietnamese text
 */
export const articleLanguage = (text: string, asked: "vi" | "en" | undefined): "vi" | "en" => {
  const detected = detectLanguage(text)
  if (asked === undefined || asked === detected) return detected
  const e = languageEvidence(text)
  const [mine, other] = detected === "vi" ? [e.vi, e.en] : [e.en, e.vi]
  return mine >= 20 && mine >= 3 * other ? detected : asked
}
