// A webpack/rspack loader that applies exact text replacements to one module
// of a dependency (see calm-start.ts). Each text must occur exactly once
// (replace-once.cjs), so an upgrade cannot drop a patch unnoticed.
const replaceOnce = require('./replace-once.cjs');

module.exports = function patchModule(source) {
  const {replacements, label} = this.getOptions();
  return replacements.reduce(
    (out, [text, replacement]) => replaceOnce(out, text, replacement, `${this.resourcePath} (${label})`),
    source,
  );
};
