// The four web parts are four webpack entries (four runtimes). With per-runtime export analysis
// (`usedExports: true`) webpack will not put a module into a chunk shared by runtimes that use different
// exports of it, so each web part's view chunk carried its own copy of the schema, the data layer and
// PnPjs. Analysing exports once for the whole solution lets a page with several web parts download the
// shared code once (the entries share one chunk-loading global).
module.exports = function sharedChunks(config) {
  const patch = (c) => {
    c.optimization = { ...(c.optimization || {}), usedExports: 'global' };
    return c;
  };
  return Array.isArray(config) ? config.map(patch) : patch(config);
};
