// Index filters: hide the specs that do not carry the chosen tag, owner and stability.
// The choice lives in the URL (index.html?tag=resume or #tag=resume), so a filtered view can be linked.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) {
    return;
  }
  var names = ['tag', 'owner', 'stability'];
  var attributes = { tag: 'tags', owner: 'owners', stability: 'stability' };

  function fromUrl() {
    var chosen = {};
    [location.search.slice(1), location.hash.slice(1)].forEach(function (part) {
      new URLSearchParams(part).forEach(function (value, name) {
        chosen[name] = value;
      });
    });
    return chosen;
  }

  function matches(item, name, value) {
    var data = item.getAttribute('data-' + attributes[name]) || '';
    return name === 'stability' ? data === value : data.indexOf('|' + value + '|') >= 0;
  }

  function apply() {
    var visible = 0;
    var query = new URLSearchParams();
    names.forEach(function (name) {
      if (form.elements[name].value) {
        query.set(name, form.elements[name].value);
      }
    });
    document.querySelectorAll('li.spec').forEach(function (item) {
      var shown = names.every(function (name) {
        var value = form.elements[name].value;
        return !value || matches(item, name, value);
      });
      item.hidden = !shown;
      visible += shown ? 1 : 0;
    });
    document.querySelectorAll('section.group').forEach(function (group) {
      group.hidden = !group.querySelector('li.spec:not([hidden])');
    });
    document.getElementById('no-match').hidden = visible > 0;
    try {
      history.replaceState(null, '', query.toString() ? '#' + query.toString() : location.pathname);
    } catch (ignored) {
      // Some browsers refuse to change the URL of a file:// page; the filter still applies.
    }
  }

  var chosen = fromUrl();
  names.forEach(function (name) {
    var select = form.elements[name];
    if (chosen[name] && Array.prototype.some.call(select.options, function (option) { return option.value === chosen[name]; })) {
      select.value = chosen[name];
    }
  });
  form.addEventListener('change', apply);
  apply();
})();
