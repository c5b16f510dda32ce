// Replaces a text that must occur exactly once in a piece of Docusaurus's own
// code or template. When an upgrade changes that code, the text is missing or
// repeated, and the build stops instead of shipping the original unchanged.
// Used by the module patches (patch-module.cjs) and the page template
// (paint-first.ts).
module.exports = function replaceOnce(source, text, replacement, where) {
  const count = source.split(text).length - 1;
  if (count !== 1) {
    throw new Error(
      `expected the text ${JSON.stringify(text)} once in ${where}, found it ${count} times. It has changed upstream; review the change made to it.`,
    );
  }
  return source.replace(text, () => replacement);
};
