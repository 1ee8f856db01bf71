// An empty module: stands in for Node built-ins when the bench bundles browser code.
module.exports = {};
