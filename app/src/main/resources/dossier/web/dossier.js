// Shows a quote's speaker and cue, and a time's value, in the details bar when it is clicked or hovered.
(function () {
  var details = document.getElementById('details');
  if (!details) return;
  function show(el) {
    details.textContent = '';
    if (el.classList.contains('quote')) {
      details.textContent = 'Speaker: ' + el.dataset.speaker + (el.dataset.cue ? '  ·  cue: ' + el.dataset.cue : '');
    } else if (el.classList.contains('time')) {
      details.textContent = 'Time value: ' + el.title;
    }
  }
  document.querySelectorAll('.quote, .time').forEach(function (el) {
    el.addEventListener('click', function (e) { if (el.tagName !== 'A') { show(el); e.stopPropagation(); } });
    el.addEventListener('mouseenter', function () { show(el); });
  });
  if (location.hash) {
    var target = document.getElementById(location.hash.substring(1));
    if (target) { target.scrollIntoView(); show(target); }
  }
})();
