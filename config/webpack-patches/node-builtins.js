// pptxgenjs (the meeting deck, loaded on demand in the browser) imports node:fs and node:https only when
// it runs in Node. Webpack refuses the `node:` scheme for the web: strip it, then resolve to nothing.
const webpack = require('webpack');

module.exports = function nodeBuiltins(config) {
  const patch = (c) => {
    c.plugins = [
      ...(c.plugins || []),
      new webpack.NormalModuleReplacementPlugin(/^node:(fs|https)$/, (resource) => {
        resource.request = resource.request.slice('node:'.length);
      })
    ];
    c.resolve = c.resolve || {};
    c.resolve.fallback = { ...(c.resolve.fallback || {}), fs: false, https: false };
    return c;
  };
  return Array.isArray(config) ? config.map(patch) : patch(config);
};
