// Shared behaviour of every page: the phone-width menu toggle, print buttons ([data-print]). Pages work without it (the menu is then a list).
document.addEventListener('DOMContentLoaded', function () {
  document.documentElement.classList.add('js');
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () {
      window.print();
    });
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
