/**
 * Folding text for matching: the form in which "Tô Lâm", "TO LAM" and "to-lam" are the same
 * words. Search boxes and name lookups fold both the query and the text they look in, then
 * compare the folded forms.
 *
 * @since 0.1.0
 */

/**
 * Folds text for comparison: lowers the case, strips diacritics (Vietnamese "đ" and "Đ" become
 * "d", which Unicode does not decompose), turns every run of characters that are neither letters
 * nor digits into one space, and trims the ends. Text in NFC or NFD folds the same. Use it on
 * both sides of a comparison that should ignore case, accents and punctuation; the result is
 * for matching, never for display.
 * @example
 * foldText("Cộng hòa Kyrgyzstan") // "cong hoa kyrgyzstan"
 * foldText("Bắc Ninh – Đông Kazakhstan") // "bac ninh dong kazakhstan"
 * @since 0.1.0
 * @category text
 */
export const foldText = (text: string): string =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gu, "d")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
