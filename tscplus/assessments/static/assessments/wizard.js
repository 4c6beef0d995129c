// Self-assessment wizard on a weak connection: an answer that could not be sent is kept in this
// phone's storage, shown as "not saved yet", and sent again when the connection comes back or the
// page is opened again. Without JavaScript the step form still saves on "Save and continue".
(function () {
  "use strict";
  var KEY = "tscplus-pending:" + location.pathname;

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY) || "{}"); } catch (e) { return {}; }
  }
  function store(pending) {
    try { localStorage.setItem(KEY, JSON.stringify(pending)); } catch (e) { /* storage full or off */ }
  }
  function values(fieldset) {
    var checked = fieldset.querySelector("input[type=radio]:checked");
    var note = fieldset.querySelector("input[name^=note_]");
    return { value: checked ? checked.value : "", note: note ? note.value : "" };
  }
  function say(fieldset, text) {
    var out = fieldset.querySelector(".saved");
    if (out) { out.textContent = text; }
  }

  document.addEventListener("htmx:afterRequest", function (event) {
    var fieldset = event.detail.elt;
    if (!fieldset.matches || !fieldset.matches("fieldset.item")) { return; }
    var pending = load();
    if (event.detail.successful) {
      delete pending[fieldset.id];
    } else if (!event.detail.xhr || event.detail.xhr.status === 0) {
      pending[fieldset.id] = values(fieldset);
      var note = document.getElementById("unsaved-text");
      say(fieldset, note ? note.dataset.text : "…");
    }
    store(pending);
  });

  function resend() {
    var pending = load();
    Object.keys(pending).forEach(function (id) {
      var fieldset = document.getElementById(id);
      if (!fieldset) { return; }
      var kept = pending[id];
      var radio = fieldset.querySelector("input[type=radio][value='" + kept.value + "']");
      if (radio) { radio.checked = true; }
      var note = fieldset.querySelector("input[name^=note_]");
      if (note && kept.note) { note.value = kept.note; }
      htmx.trigger(fieldset, "change");
    });
  }

  window.addEventListener("online", resend);
  document.addEventListener("DOMContentLoaded", resend);
})();
