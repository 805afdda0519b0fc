// Choose the reader's language for the site's root (kept as a file: the pages' CSP forbids inline script).
// The site may live under a sub-path: the language folders sit beside this script.
(function () {
  var base = new URL('./', document.currentScript ? document.currentScript.src : location.href).pathname;
  var langs = navigator.languages || [navigator.language || ''];
  var preferred = 'en';
  for (var i = 0; i < langs.length; i++) {
    var l = String(langs[i]).toLowerCase();
    if (l.indexOf('ja') === 0) { preferred = 'ja'; break; }
    if (l.indexOf('en') === 0) { preferred = 'en'; break; }
  }
  location.replace(base + preferred + '/' + location.search + location.hash);
})();
