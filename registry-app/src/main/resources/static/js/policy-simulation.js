// A policy simulation or budget forecast still running: reload the page after the interval named by data-refresh, so
// the server renders the progress and, once it has ended, the figures.
document.addEventListener('DOMContentLoaded', function () {
  var box = document.querySelector('[data-refresh]');
  if (box) {
    window.setTimeout(function () { window.location.reload(); }, Number(box.getAttribute('data-refresh')) || 2000);
  }
});
