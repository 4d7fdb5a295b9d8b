// Which language a report is written in: Chinese when CJK characters make up a fair
// share of its letters (Chinese reports carry Latin acronyms, English ones rarely CJK).

export function detectLanguage(text: string, sample = 200_000): 'zh' | 'en' {
  let cjk = 0;
  let latin = 0;
  const n = Math.min(text.length, sample);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  // A CJK character carries about as much as a 3–4 letter word.
  return cjk * 4 >= latin ? (cjk > 0 ? 'zh' : 'en') : 'en';
}
