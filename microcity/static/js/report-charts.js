/* Bar charts of the summer-jobs reports (Chart.js, vendored). Each chart is drawn from the JSON that the
   page embeds next to it; the table beside it holds the same figures and is the accessible version, so the
   chart is hidden from assistive technology and stays hidden when JavaScript does not run. */
(function () {
  "use strict";
  var COLOURS = ["#1f4e79", "#b35c00", "#3c6e1f", "#6b2c7a"];

  function draw() {
    if (typeof window.Chart === "undefined") {
      return;
    }
    var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var locale = document.documentElement.lang || "lv";
    document.querySelectorAll("[data-chart]").forEach(function (box) {
      var source = document.getElementById(box.getAttribute("data-chart"));
      var canvas = box.querySelector("canvas");
      if (!source || !canvas) {
        return;
      }
      var data = JSON.parse(source.textContent);
      if (!data.labels || !data.labels.length) {
        return;
      }
      box.hidden = false;
      var line = data.type === "line";
      var horizontal = !line && data.labels.length > 5;
      var valueAxis = { beginAtZero: true, ticks: { precision: 0 } };
      if (data.max) {
        valueAxis.max = data.max;
      }
      new window.Chart(canvas, {
        type: line ? "line" : "bar",
        data: {
          labels: data.labels,
          datasets: data.datasets.map(function (set, index) {
            return {
              label: set.label,
              data: set.data,
              backgroundColor: COLOURS[index % COLOURS.length],
              borderColor: "#000",
              borderWidth: line ? 2 : 1,
              spanGaps: line
            };
          })
        },
        options: {
          locale: locale,
          indexAxis: horizontal ? "y" : "x",
          responsive: true,
          maintainAspectRatio: false,
          animation: reduceMotion ? false : {},
          plugins: { legend: { position: "bottom" } },
          scales: horizontal ? { x: valueAxis } : { y: valueAxis }
        }
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
