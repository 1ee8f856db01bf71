// The Teams web client's side of the TeamsJS protocol, for one tab. Teams hosts an SPFx tab as SharePoint's
// teamshostedapp.aspx in an iframe named "embedded-page-container"; the TeamsJS library that SPFx hands the
// web part (context.sdks.microsoftTeams.teamsJs, the real @microsoft/teams-js 2.36 bundled in
// sp-webpart-base) talks to this page by postMessage. The page answers what a Teams tab's host answers:
// `initialize` (frame context, client type, runtime capabilities, SDK version), `getContext` (the tab's
// context in Teams' own format: locale, theme, entity and sub-entity ids, team, channel, user) and sends
// `themeChange` when the user switches theme. Other calls are recorded and left unanswered, as a host that
// does not support them would do; a test reads them from window.__teamsHost.calls.
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('teams-host-config').textContent);
  var frame = document.querySelector('iframe[name="embedded-page-container"]');
  var tabOrigin = new URL(frame.src).origin;
  var theme = config.theme;
  var calls = [];
  var themeHandlerRegistered = false;

  // What Teams (legacy Teams host, API version 4) reports it supports.
  var runtime = {
    apiVersion: 4,
    isLegacyTeams: true,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    supports: {
      app: {}, appEntity: {}, appInstallDialog: {}, call: {}, chat: {}, conversations: {}, dialog: { card: { bot: {} }, url: { bot: {}, parentCommunication: {} }, update: {} },
      interactive: {}, location: {}, logs: {}, meetingRoom: {}, menus: {}, monetization: {}, notifications: {},
      pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, fullTrust: {}, tabs: {} }, people: {}, remoteCamera: {},
      sharing: {}, stageView: {}, teams: { fullTrust: { joinedTeams: {} } }, teamsCore: {}, video: { sharedFrame: {} }
    }
  };

  function context() {
    return {
      locale: config.locale,
      theme: theme,
      entityId: config.entityId,
      subEntityId: config.subEntityId,
      appId: config.appId,
      hostClientType: 'web',
      hostName: 'Teams',
      frameContext: 'content',
      sessionId: config.sessionId,
      appSessionId: config.sessionId,
      userObjectId: config.userObjectId,
      userPrincipalName: config.userPrincipalName,
      loginHint: config.userPrincipalName,
      userDisplayName: config.userDisplayName,
      tid: config.tenantId,
      teamId: config.teamId,
      teamName: config.teamName,
      groupId: config.groupId,
      channelId: config.channelId,
      channelName: config.channelName,
      teamSiteUrl: config.teamSiteUrl,
      teamSiteDomain: new URL(config.teamSiteUrl).host,
      teamSitePath: new URL(config.teamSiteUrl).pathname
    };
  }

  function post(message) {
    frame.contentWindow.postMessage(message, tabOrigin);
  }

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== tabOrigin) return;
    var m = event.data;
    if (!m || typeof m.func !== 'string') return;
    calls.push({ func: m.func, args: m.args });
    var reply = function (args) { post({ id: m.id, uuidAsString: m.uuidAsString, args: args }); };
    switch (m.func) {
      case 'initialize':
        reply(['content', 'web', JSON.stringify(runtime), config.sdkVersion]);
        break;
      case 'getContext':
        reply([context()]);
        break;
      case 'registerHandler':
        if (m.args && m.args[0] === 'themeChange') themeHandlerRegistered = true;
        break;
      default:
        // appInitialization.*, executeDeepLink, …: recorded only.
        break;
    }
  });

  window.__teamsHost = {
    calls: calls,
    /** The user switches Teams' theme (`default`, `dark`, `contrast`). */
    setTheme: function (name) {
      theme = name;
      post({ func: 'themeChange', args: [name] });
      return themeHandlerRegistered;
    }
  };
})();
