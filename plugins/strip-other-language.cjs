// A webpack/rspack loader: in the Japanese build, empties the English half of
// every `{ja: '…', en: '…'}` text literal in the files it is applied to. A
// Japanese page never shows that half, and leaving it out nearly halves the
// catalog a Japanese reader downloads. The English build keeps both halves:
// English pages show the Japanese term beside the English one.
module.exports = function stripOtherLanguage(source) {
  const {language} = this.getOptions();
  if (language !== 'en') return source;
  // `en:` followed by a single- or double-quoted literal (template literals,
  // which build on other texts, are left alone).
  return source.replace(/(\ben:\s*)(['"])(?:\\.|(?!\2)[^\\\n])*\2/g, "$1''");
};
