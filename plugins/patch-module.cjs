// A webpack/rspack loader that applies exact text replacements to one module
// of a dependency (see calm-start.ts). Each replacement must match exactly
// once: when an upgrade changes the module, the build stops instead of
// silently shipping the module unpatched.
module.exports = function patchModule(source) {
  const {replacements, label} = this.getOptions();
  let out = source;
  for (const [from, to] of replacements) {
    const count = out.split(from).length - 1;
    if (count !== 1) {
      throw new Error(`${label}: expected the text ${JSON.stringify(from)} once in ${this.resourcePath}, found it ${count} times. The dependency has changed; review the patch in plugins/calm-start.ts.`);
    }
    out = out.replace(from, () => to);
  }
  return out;
};
