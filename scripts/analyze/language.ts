/**
 * Language detection by script and function words (a stated rule, no model):
 * mostly Cyrillic letters → `ru`; mostly CJK → `zh`; Latin with common English function words
 * (the, and, of, to, in) making ≥ 3 % of words → `en`; otherwise `und`.
 */
export function detectLanguage(text: string): string {
  if (!/\p{L}/u.test(text)) return 'und'
  const cyr = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
  // the letters are counted (one match per letter) only when there is a share of them to work out
  if (cyr || han) {
    const letters = text.match(/\p{L}/gu)?.length ?? 0
    if (cyr / letters > 0.5) return 'ru'
    if (han / letters > 0.3) return 'zh'
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  const fn = words.filter(w => /^(the|and|of|to|in|is|that|for|with)$/.test(w)).length
  return words.length && fn / words.length >= 0.03 ? 'en' : 'und'
}
