// Watch pages of the console (an import, a classification run): while the work is STARTED, poll the JSON endpoint
// named by data-poll, copy its numbers into the [data-field] elements and the progress bar, and reload once the work
// has ended so that the server renders the final state (links, tier counts). Without JavaScript the page offers a
// refresh link instead.
document.addEventListener('DOMContentLoaded', function () {
  var box = document.querySelector('[data-poll]');
  if (!box || box.getAttribute('data-status') !== 'STARTED') {
    return;
  }
  var url = box.getAttribute('data-poll');
  var every = 1000;

  function show(data) {
    box.querySelectorAll('[data-field]').forEach(function (element) {
      var value = data[element.getAttribute('data-field')];
      if (value !== undefined && value !== null) {
        // counts as the server writes them: with the page language's thousands separators
        element.textContent = typeof value === 'number'
          ? value.toLocaleString(document.documentElement.lang || 'zh-CN') : value;
        // a value not known at first (the ETA before the first chunk) brings its unit with it
        element.parentElement.classList.remove('pending');
      }
    });
    var bar = box.querySelector('progress[data-progress]');
    if (bar && data.total > 0) {
      bar.max = data.total;
      bar.value = data.processed;
    }
  }

  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.ok ? response.json() : Promise.reject(response.status);
      })
      .then(function (data) {
        show(data);
        if (data.status === 'STARTED') {
          setTimeout(poll, every);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        // a hiccup (server restarting, network): try again, more slowly
        setTimeout(poll, every * 3);
      });
  }

  setTimeout(poll, every);
});
