// Shared behaviour of every page: the phone-width menu toggle, print buttons and links ([data-print]), selects that
// submit their form when changed ([data-autosubmit]), folded sections opened for printing ([data-print-open]). Pages
// work without it (the menu is then a list). No page has inline script or event-handler attributes: the
// Content-Security-Policy forbids them.
document.addEventListener('DOMContentLoaded', function () {
  document.documentElement.classList.add('js');
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      event.preventDefault();
      window.print();
    });
  });
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () {
      select.form.submit();
    });
  });
  // what a printout must record ([data-print-open], e.g. the figures entered) is opened for printing, then folded back
  var folded = [];
  window.addEventListener('beforeprint', function () {
    folded = Array.prototype.filter.call(document.querySelectorAll('details[data-print-open]'), function (d) {
      return !d.open;
    });
    folded.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    folded.forEach(function (d) { d.open = false; });
  });
  var toggle = document.querySelector('.nav-toggle');
  var nav = document.getElementById('site-nav');
  if (!toggle || !nav) {
    return;
  }
  toggle.addEventListener('click', function () {
    var open = nav.classList.toggle('open');
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
});
