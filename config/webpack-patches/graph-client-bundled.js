// The steering view's Graph transport (src/data/graph/transport.ts) imports @microsoft/microsoft-graph-client.
// SPFx's build turns that import into a reference to SharePoint's hosted Graph client component
// (32b9363b-09ff-4959-929a-cab2663fb223) at the version installed here (3.0.7). SharePoint's CDN hosts the
// version its own MSGraphClientV3 loads (3.0.2 for SPFx 1.23), so on a page the view's chunk failed with
// "Cannot find manifest for 32b9363b…_3.0.7" (seen in the SPFx runtime tests, tests/e2e/spfx-runtime*).
// Bundle the client into that on-demand chunk instead.
module.exports = function graphClientBundled(config) {
  const patch = (c) => {
    if (Array.isArray(c.externals)) c.externals = c.externals.filter((name) => name !== '@microsoft/microsoft-graph-client');
    return c;
  };
  return Array.isArray(config) ? config.map(patch) : patch(config);
};
