/* Microcity's own script, small and optional: every page works without it.
   Disclosures marked data-open-wide (section menus, filters) are closed in the HTML, so that on a phone
   the page's content comes first; on a wide screen (Bootstrap's lg, 992px) they are opened. */
(function () {
  "use strict";
  var wide = window.matchMedia("(min-width: 992px)");
  function sync() {
    var menus = document.querySelectorAll("details[data-open-wide]");
    for (var i = 0; i < menus.length; i++) {
      menus[i].open = wide.matches;
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", sync);
  } else {
    sync();
  }
  if (wide.addEventListener) {
    wide.addEventListener("change", sync);
  }
})();

/* A link to a folded disclosure (the "Filter and sort" link above a phone's results) opens it. */
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest('a[href^="#"]');
  if (!link || link.getAttribute("href").length < 2) {
    return;
  }
  var target = document.getElementById(link.getAttribute("href").slice(1));
  if (target && target.tagName === "DETAILS") {
    target.open = true;
  }
});
