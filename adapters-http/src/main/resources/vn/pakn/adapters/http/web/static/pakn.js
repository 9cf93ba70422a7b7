// The pages' little script: the CSRF token on htmx requests, and the report charts (Chart.js).
(function () {
  'use strict';
  document.addEventListener('htmx:configRequest', function (e) {
    var main = document.querySelector('main[data-csrf]');
    if (main) { e.detail.headers['X-CSRF-Token'] = main.getAttribute('data-csrf'); }
  });
  function draw() {
    if (typeof Chart === 'undefined') { return; }
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var labels = JSON.parse(canvas.getAttribute('data-labels'));
      var sets = JSON.parse(canvas.getAttribute('data-sets'));
      var colours = ['#1f5fa8', '#2e8b57', '#c0392b', '#d68910', '#7d3c98'];
      var chart = new Chart(canvas, {
        type: canvas.getAttribute('data-chart'),
        data: { labels: labels, datasets: sets.map(function (s, i) {
          return { label: s.label, data: s.data, backgroundColor: colours[i % colours.length] };
        }) },
        options: { responsive: true, maintainAspectRatio: false, animation: false,
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      });
      canvas.setAttribute('data-drawn', String(chart.data.datasets.length));
    });
  }
  // after every deferred script, Chart.js included
  if (document.readyState === 'complete') { draw(); } else { window.addEventListener('load', draw); }
})();
