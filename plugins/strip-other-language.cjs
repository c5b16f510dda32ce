// A webpack/rspack loader that empties the half of every `{ja: '…', en: '…'}`
// text literal that a language's build never shows, so a reader downloads
// the guide's content once, not twice.
//
// - language 'en' (the Japanese build): every English literal is emptied.
// - language 'ja' (the English build): Japanese literals are emptied except
//   those under a key in `keep`. English pages show the Japanese name of an
//   agreement, item or requirement beside the English one (components/Term),
//   so names stay; notes, descriptions and questions go.
//
// The key of a literal is the nearest `key: {` or `key: [` before it, which
// is how the catalog's data files are written (an object's own key, or the
// array of texts it sits in); a text declared on its own (`const x: Text =
// {…}`) or passed to a function has none. Template literals are left alone.
const LITERAL = String.raw`(['"])(?:\\.|(?!\2)[^\\\n])*\2`;

module.exports = function stripOtherLanguage(source) {
  const {language, keep = []} = this.getOptions();
  if (language === 'en') return source.replace(new RegExp(String.raw`(\ben:\s*)` + LITERAL, 'g'), "$1''");
  if (language !== 'ja') return source;
  const kept = new Set(keep);
  // One pass over keys that open an object or array, and Japanese literals.
  const token = new RegExp(String.raw`(\w+):\s*[\[{]|([=(])\s*[\[{]|(\bja:\s*)` + LITERAL.replace(/\\2/g, '\\4'), 'g');
  let key = '';
  return source.replace(token, (match, openKey, opener, jaPrefix) => {
    if (openKey !== undefined || opener !== undefined) {
      key = openKey ?? '';
      return match;
    }
    return kept.has(key) ? match : `${jaPrefix}''`;
  });
};
