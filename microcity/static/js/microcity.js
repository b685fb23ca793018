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

/* Focus and announcements (WCAG 2.4.3, 3.3.1, 4.1.3; docs/decisions/0027-accessibility.md).
   - After a failed submit the page (or the htmx fragment) carries an error summary ([data-error-summary]):
     focus moves to it, so that a screen reader reads what to correct first.
   - After any htmx update focus never falls to the page's body: it stays on the control that made the
     request, or returns to the control in the same place of the new content (the favourite button that was
     swapped for its new state), or moves to a new status message (role="status" with tabindex="-1"), or else to
     the updated region's heading or first control.
   - What changed is announced through #mc-live, a polite live region in base.html that exists before any
     update: the text of a new element marked [data-announce] (its value, or its text), or of a new status
     message ([role="status"]; one with tabindex="-1" also takes the focus). */
(function () {
  "use strict";
  var FOCUSABLE = 'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  var ANNOUNCED = '[data-announce], [role="status"]:not(#mc-live)';
  var before = null;

  function focusOn(el) {
    if (!el) {
      return false;
    }
    if (!el.matches(FOCUSABLE) && !el.hasAttribute("tabindex")) {
      el.setAttribute("tabindex", "-1");
    }
    el.focus();
    return document.activeElement === el;
  }

  function announce(text) {
    var live = document.getElementById("mc-live");
    text = (text || "").replace(/\s+/g, " ").trim();
    if (!live || !text) {
      return;
    }
    live.textContent = "";
    // A moment later, so that the same text twice in a row ("Added to your favourites") is read again.
    window.setTimeout(function () {
      live.textContent = text;
    }, 50);
  }

  function snapshot(selector) {
    return Array.prototype.slice.call(document.querySelectorAll(selector));
  }

  function firstNew(selector, old) {
    var now = document.querySelectorAll(selector);
    for (var i = 0; i < now.length; i++) {
      if (old.indexOf(now[i]) === -1 && now[i].getClientRects().length) {
        return now[i];
      }
    }
    return null;
  }

  // On a page load after a failed submit, the error summary comes first. After a successful one (the
  // redirect shows "Session booked", "Entry saved" in .messages), the message is announced: a status
  // region that arrives with the page is not read by itself.
  function focusSummaryOnLoad() {
    var summary = document.querySelector("[data-error-summary]");
    var messages = document.querySelector(".messages");
    if (summary) {
      focusOn(summary);
    } else if (messages) {
      window.setTimeout(function () {
        announce(messages.textContent);
      }, 400);
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusSummaryOnLoad);
  } else {
    focusSummaryOnLoad();
  }

  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    var active = document.activeElement;
    var region = target && target.id ? target.id : null;
    var index = -1;
    var count = 0;
    if (target && active && active !== document.body && target.contains(active)) {
      var controls = target.querySelectorAll(FOCUSABLE);
      index = Array.prototype.indexOf.call(controls, active);
      count = controls.length;
    }
    before = {
      trigger: event.detail.requestConfig ? event.detail.requestConfig.elt : null,
      active: active,
      region: region,
      index: index,
      count: count,
      summaries: snapshot("[data-error-summary]"),
      announced: snapshot(ANNOUNCED)
    };
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var state = before;
    before = null;
    if (!state) {
      return;
    }
    var summary = firstNew("[data-error-summary]", state.summaries);
    var message = firstNew(ANNOUNCED, state.announced);
    if (message) {
      announce(message.getAttribute("data-announce") || message.textContent);
    }
    if (summary) {
      focusOn(summary);
      return;
    }
    if (message && message.getAttribute("tabindex") === "-1") {
      focusOn(message);
      return;
    }
    var active = document.activeElement;
    if (active && active !== document.body && active.isConnected) {
      return; // focus is still where the person left it (htmx keeps an element with an id)
    }
    if (state.trigger && state.trigger.isConnected && state.trigger.matches(FOCUSABLE) && focusOn(state.trigger)) {
      return;
    }
    var region = state.region ? document.getElementById(state.region) : event.detail.target;
    if (!region || !region.isConnected) {
      region = event.detail.target && event.detail.target.isConnected ? event.detail.target : null;
    }
    if (!region) {
      return;
    }
    var controls = region.querySelectorAll(FOCUSABLE);
    var heading = region.querySelector("h1, h2, h3, h4, h5, h6");
    if (state.index >= 0 && controls.length === state.count) {
      focusOn(controls[state.index]); // the same control in its new state (a toggle swapped for itself)
    } else if (heading) {
      focusOn(heading); // new content: start reading at its heading
    } else {
      focusOn(controls.length ? controls[0] : region);
    }
  });
})();
