// Client-side search over window.CONTRACTSPEC_SEARCH_INDEX (loaded from search-index.js).
// Every word of the query must occur in an entry; entries whose key holds the words come first.
(function () {
  'use strict';
  var index = window.CONTRACTSPEC_SEARCH_INDEX || [];
  var input = document.getElementById('q');
  var results = document.getElementById('results');
  var status = document.getElementById('status');
  var prompt = status.textContent;

  function initialQuery() {
    var query = new URLSearchParams(location.search).get('q');
    if (query === null && location.hash.length > 1) {
      query = new URLSearchParams(location.hash.slice(1)).get('q');
    }
    return query || '';
  }

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (whole, n) { return values[Number(n)]; });
  }

  function search(query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) {
      return null;
    }
    var hits = index.filter(function (entry) {
      return words.every(function (word) { return entry.text.indexOf(word) >= 0; });
    });
    function score(entry) {
      return words.filter(function (word) { return entry.key.indexOf(word) >= 0; }).length;
    }
    return hits.sort(function (a, b) {
      return score(b) - score(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    });
  }

  function render(query) {
    var hits = search(query);
    results.textContent = '';
    if (hits === null) {
      status.textContent = prompt;
      return;
    }
    status.textContent = hits.length
      ? fill(status.getAttribute('data-results'), [String(hits.length), query])
      : fill(status.getAttribute('data-none'), [query]);
    hits.forEach(function (entry) {
      var item = document.createElement('li');
      item.className = 'result';
      var link = document.createElement('a');
      link.href = entry.url;
      var code = document.createElement('code');
      code.textContent = entry.key;
      link.appendChild(code);
      item.appendChild(link);
      [['type', entry.type], ['version', 'v' + entry.version], ['stability', entry.stability],
        ['description', entry.description]].forEach(function (part) {
        if (part[1]) {
          var span = document.createElement('span');
          span.className = part[0];
          span.textContent = part[1];
          item.appendChild(document.createTextNode(' '));
          item.appendChild(span);
        }
      });
      results.appendChild(item);
    });
  }

  input.value = initialQuery();
  input.addEventListener('input', function () {
    render(input.value);
  });
  render(input.value);
})();
