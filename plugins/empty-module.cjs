// A webpack/rspack loader that replaces a module with an empty one. Used for
// client modules the site has no use for (see lean-client.ts).
module.exports = function emptyModule() {
  return 'export {};';
};
