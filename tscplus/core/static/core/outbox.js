/* The outbox of this phone as a list (the sync page, the field page): each record with its state,
   the server's words when it refused it or found a conflict, and the decisions a person may take
   ("record anyway" re-sends with the conflicts accepted and a new key; "discard" asks first). */
(function () {
  "use strict";
  function fill(row, entry, d) {
    row.dataset.seq = entry.seq;
    row.querySelector("[data-label]").textContent = entry.label || entry.url;
    var state = row.querySelector("[data-state]");
    state.textContent = d["state" + entry.state.charAt(0).toUpperCase() + entry.state.slice(1)];
    state.className = "tag tag-" + (entry.state === "waiting" ? "pending" : "rejected");
    row.querySelector("[data-created]").textContent = TSCOutbox.when(entry.created);
    var reason = { signin: d.signin, retry: d.retry, offline: d.offline }[entry.reason];
    row.querySelector("[data-reason]").textContent = reason || entry.reason || "";
    var list = row.querySelector("[data-conflicts]");
    (entry.conflicts || []).forEach(function (c) {
      var li = document.createElement("li");
      li.textContent = c.message;
      li.dataset.code = c.code;
      list.appendChild(li);
    });
    var canConfirm = entry.state === "conflict" && (entry.conflicts || []).every(function (c) { return c.can_confirm; });
    row.querySelector("[data-action=confirm]").hidden = !canConfirm;
    row.querySelector("[data-action=again]").hidden = entry.state !== "refused";
    row.querySelector("[data-action=discard]").hidden = entry.state === "waiting";
  }

  function render(box) {
    var d = box.dataset;
    var list = box.querySelector("[data-outbox-list]");
    var only = box.dataset.kind;
    return TSCOutbox.list().then(function (entries) {
      entries = entries.filter(function (e) { return !only || e.kind === only; });
      list.textContent = "";
      if (!entries.length) {
        var empty = document.createElement("li");
        empty.textContent = d.empty;
        list.appendChild(empty);
      }
      entries.forEach(function (entry) {
        var row = box.querySelector("template[data-outbox-row]").content.firstElementChild.cloneNode(true);
        fill(row, entry, d);
        list.appendChild(row);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.querySelector("[data-outbox]");
    if (!box || !window.TSCOutbox) { return; }
    render(box);
    TSCOutbox.onChange(function () { render(box); });
    box.querySelector("[data-sync-now]").addEventListener("click", function () {
      var status = document.querySelector("[data-sync-status] [data-sync-now]");
      if (status) { status.click(); }
    });
    box.addEventListener("click", function (event) {
      var button = event.target.closest("[data-action]");
      if (!button) { return; }
      var seq = parseInt(button.closest("[data-seq]").dataset.seq, 10);
      var action = button.dataset.action;
      if (action === "discard" && !window.confirm(box.dataset.discardAsk)) { return; }
      TSCOutbox.decide(seq, action).then(function () {
        var status = document.querySelector("[data-sync-status] [data-sync-now]");
        if (action !== "discard" && status) { status.click(); }
      });
    });
  });
}());
