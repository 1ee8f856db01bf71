// Stand-in for @msinternal/sp-safehtml 0.6.0, which exists only on SharePoint's CDN. sp-component-base
// uses two calls of it (property metadata: links and HTML strings in web part properties). Our web parts
// declare no such properties, so these calls are not reached; they are kept strict (refuse, never pass).
define('6d3c733c-8cb7-4871-bb22-b5b37c1d518d_0.6.0', [], function () {
  'use strict';
  var SafeHtml = {
    isSafeLinkProtocol: function (protocol) {
      return protocol === 'http:' || protocol === 'https:' || protocol === 'mailto:';
    },
    // Plain text only: an HTML property would lose its markup here rather than carry script.
    clean: function (html) {
      var doc = document.implementation.createHTMLDocument('');
      var div = doc.createElement('div');
      div.innerHTML = String(html);
      return div.textContent || '';
    }
  };
  return { SafeHtml: SafeHtml };
});
