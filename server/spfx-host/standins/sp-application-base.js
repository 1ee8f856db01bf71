// Stand-in for @microsoft/sp-application-base (not on npm): the application the SPFx loader starts. It does
// what a modern SharePoint page does for a canvas of web parts, with the framework's own classes:
// initialises the PageContext from spPageContextInfo, sets the site theme on the root ThemeProvider, and
// loads each web part of the page through sp-webpart-base's web part manager, in a Teams-aware host when
// the page runs in a Teams tab (SharePoint's teamshostedapp.aspx). The page's canvas is the JSON element
// `#spfx-host-canvas` that the harness server writes into the page.
define('4df9bb86-ab0a-4aab-ab5f-48bf167048fb_1.23.2', [
  '@microsoft/sp-core-library',
  '@microsoft/sp-page-context',
  '@microsoft/sp-component-base',
  '@microsoft/sp-webpart-base',
  '@microsoft/sp-loader'
], function (core, pageContextLib, componentBase, webPartBase, loader) {
  'use strict';

  function Navigator(serviceScope) {
    this._serviceScope = serviceScope;
  }

  Navigator.prototype.navigateToApplication = function (preloadedData) {
    var scope = this._serviceScope;
    var info = preloadedData.spPageContextInfo;
    var canvas = JSON.parse(document.getElementById('spfx-host-canvas').textContent);

    var pageContext = scope.consume(pageContextLib.PageContext.serviceKey);
    pageContext.initialize(pageContextLib.SharePointPageContextDataProvider._createPageContextData(info), info);

    var themeProvider = scope.consume(componentBase.ThemeProvider.serviceKey);
    if (canvas.theme) themeProvider._setTheme(canvas.theme);

    var teams = core._BrowserUtilities.isTeamsHosted();
    var host = teams ? new webPartBase._TeamsAwareWebPartHost(scope) : new webPartBase._MinimalWebPartHost(scope);
    var manager = webPartBase._ClientSideWebPartManagerFactory.create(host);
    var displayMode = canvas.displayMode === 'edit' ? core.DisplayMode.Edit : core.DisplayMode.Read;

    var loads = canvas.webParts.map(function (part) {
      var manifest = loader.SPComponentLoader.tryGetManifestById(part.manifestId);
      if (!manifest) return Promise.reject(new Error('No manifest registered for web part ' + part.manifestId));
      var domElement = document.getElementById(part.elementId);
      return manager.loadWebPart({
        domElement: domElement,
        instanceId: part.instanceId,
        manifest: manifest,
        displayMode: displayMode,
        webPartData: {
          id: part.manifestId,
          instanceId: part.instanceId,
          title: part.title,
          dataVersion: '1.0',
          properties: part.properties || {}
        }
      });
    });

    // What a test drives from outside, as the page would: a theme change, the edit toggle, the web parts.
    var api = {
      teams: teams,
      instanceIds: canvas.webParts.map(function (part) { return part.instanceId; }),
      loaded: Promise.all(loads),
      setTheme: function (theme) { themeProvider._setTheme(theme); },
      setDisplayMode: function (mode) {
        canvas.webParts.forEach(function (part) {
          manager._setDisplayMode(mode === 'edit' ? core.DisplayMode.Edit : core.DisplayMode.Read, part.instanceId);
        });
      },
      webPart: function (instanceId) { return manager.getWebPartByInstanceId(instanceId); }
    };
    window.__spfxHost = api;
    return api.loaded.then(function () { return api; }, function (error) {
      console.error('[spfx-host] a web part failed to load: ' + (error && error.message));
      throw error;
    });
  };

  return { _Navigator: Navigator };
});
