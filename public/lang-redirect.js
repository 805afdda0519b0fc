// Choose the reader's language for "/" (kept as a file: the pages' CSP forbids inline script).
(function () {
  var langs = navigator.languages || [navigator.language || ''];
  var preferred = 'en';
  for (var i = 0; i < langs.length; i++) {
    var l = String(langs[i]).toLowerCase();
    if (l.indexOf('ja') === 0) { preferred = 'ja'; break; }
    if (l.indexOf('en') === 0) { preferred = 'en'; break; }
  }
  location.replace('/' + preferred + '/' + location.search + location.hash);
})();
