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
  const vi = (text.match(VI_WORDS)?.length ?? 0) + (text.match(VI_LETTERS)?.length ?? 0) / 4
  const en = text.match(EN_WORDS)?.length ?? 0
  return vi >= en ? "vi" : "en"
}
