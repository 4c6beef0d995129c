// The self-assessment wizard with no signal (issue 17), through the one outbox of core/offline.js:
// - opened online, a step asks the service worker to keep every step and the review of this
//   assessment, so they open later with no signal;
// - with no signal, the worker keeps each answer (autosave, "Save and continue", photos, the
//   submission) in the outbox and says so; this script shows the kept answers again on the page
//   (an answer kept on the phone wins over the page's older copy) and tells the person what waits.
// Without JavaScript the step form still saves on "Save and continue".
(function () {
  "use strict";
  var here = location.pathname;

  function mark(input, text) {
    var fieldset = input.closest("fieldset.item");
    var out = fieldset && fieldset.querySelector(".saved");
    if (out) { out.innerHTML = ""; var span = document.createElement("span"); span.className = "queued"; span.textContent = text; out.appendChild(span); }
  }

  function apply(entries, text) {
    entries.forEach(function (entry) {
      entry.fields.forEach(function (field) {
        var inputs = document.getElementsByName(field[0]);
        Array.prototype.forEach.call(inputs, function (input) {
          if (input.type === "radio") { input.checked = input.value === field[1]; }
          else if (input.type !== "hidden" && input.type !== "file") { input.value = field[1]; }
          if (input.type === "radio" && input.checked) { mark(input, text); }
        });
      });
      entry.files.forEach(function (file) {
        var input = document.getElementsByName(file.field)[0];
        if (input) { mark(input, text); }
      });
    });
  }

  function keepAll() {
    var links = document.querySelectorAll("a[href*='/my/assessments/']");
    var urls = Array.prototype.map.call(links, function (a) { return a.href.split("#")[0]; })
      .filter(function (url) { return /\/(step\/\d+|review)\/$/.test(url); });
    if (!navigator.serviceWorker || !navigator.onLine || !urls.length) { return; }
    navigator.serviceWorker.ready.then(function (registration) {
      registration.active.postMessage({ type: "keep", urls: urls.concat([location.href.split("#")[0]]) });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var about = document.getElementById("wizard-offline");
    if (!about || !window.TSCOutbox) { return; }
    TSCOutbox.setMeta("label:" + here, about.dataset.label);
    keepAll();
    TSCOutbox.list().then(function (entries) {
      var mine = entries.filter(function (e) { return e.kind === "wizard" && new URL(e.url).pathname === here; });
      if (!mine.length) { return; }
      apply(mine, about.dataset.queued);
      var notice = document.getElementById("wizard-queued");
      if (notice) { notice.hidden = false; }
      var submit = document.querySelector("[data-submit-form]");
      if (submit) { submit.hidden = true; }
    });
  });
})();
