/* The officer's field page (issue 17): planned visits, "take offline" (the kit: the place, the
   checklist of the right standard version, the last result, open cases, the certificate), and the
   record of a visit made with no signal: answers, notes, photos shrunk on the phone before they are
   stored, the time of the visit, the location only with consent, the decision. "Save on this
   phone" puts it in the one outbox (core/offline.js), which sends it with an idempotency key. */
(function () {
  "use strict";
  var root, d, recorder;
  var photos = {};     // item id -> shrunk JPEG blob of the record being made
  var place = null;    // where the officer is, when they agreed to record it

  function say(template, n) { return (template || "").replace("{n}", n); }
  function clone(name) { return document.querySelector("template[data-" + name + "]").content.firstElementChild.cloneNode(true); }
  function json(url) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json", "Accept-Language": document.documentElement.lang } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
  }

  // --- Visits -----------------------------------------------------------------------------------
  function loadVisits() {
    var note = root.querySelector("[data-visits-note]");
    var online = navigator.onLine ? json(d.visitsUrl).then(function (body) {
      note.textContent = "";
      return TSCOutbox.setMeta("visits", body.results).then(function () { return body.results; });
    }) : Promise.reject(new Error("offline"));
    return online.catch(function () {
      return TSCOutbox.meta("visits").then(function (kept) {
        note.textContent = kept ? d.fromPhone : d.loadFailed;
        return kept || [];
      });
    }).then(showVisits);
  }

  // Drawn again from what the phone keeps (a kit taken, an item queued or sent): no need to ask
  // the server again over a slow link.
  function refresh() {
    return TSCOutbox.meta("visits").then(function (kept) { return showVisits(kept || []); });
  }

  function showVisits(visits) {
    return Promise.all([TSCOutbox.kits.all(), TSCOutbox.list()]).then(function (got) {
      var kits = {}, queued = {};
      got[0].forEach(function (k) { kits[k.id] = k; });
      got[1].forEach(function (e) { if (e.kind === "inspection") { queued[e.visit] = e; } });
      var list = root.querySelector("[data-visits]");
      list.textContent = "";
      if (!visits.length) { var li = document.createElement("li"); li.textContent = d.none; list.appendChild(li); }
      visits.forEach(function (visit) {
        var row = clone("visit-row");
        row.dataset.visit = visit.id;
        row.querySelector("[data-place]").textContent = visit.place.name;
        row.querySelector("[data-when]").textContent = visit.planned_for_display;
        var entry = queued[visit.id];
        row.querySelector("[data-state]").textContent = entry ? (entry.state === "waiting" ? d.waiting : d.stuck)
          : (kits[visit.id] ? d.kept : d.notKept);
        row.querySelector("[data-take]").hidden = !!kits[visit.id] || !!entry;
        row.querySelector("[data-record]").hidden = !kits[visit.id] || !!entry;
        row.querySelector("[data-take]").addEventListener("click", function () { take(visit, row); });
        row.querySelector("[data-record]").addEventListener("click", function () { open(kits[visit.id]); });
        list.appendChild(row);
      });
    });
  }

  function take(visit, row) {
    var state = row.querySelector("[data-state]");
    state.textContent = d.taking;
    json(visit.kit_url).then(function (kit) {
      return TSCOutbox.kits.put({ id: visit.id, kit: kit, visit: visit });
    }).then(refresh, function (error) {
      state.textContent = error && error.name === "QuotaExceededError" ? d.full : d.takeFailed;
    });
  }

  // --- Recording --------------------------------------------------------------------------------
  function text(node, selector, value) { node.querySelector(selector).textContent = value || "–"; }

  function context(form, kit) {
    var p = kit.place;
    text(form, "[data-title]", p.name);
    text(form, "[data-address]", [p.address, p.district, p.province].filter(Boolean).join(", "));
    text(form, "[data-certificate]", kit.certificate && (kit.certificate.number + " · " + kit.certificate.status_label));
    var last = kit.last_result;
    text(form, "[data-last]", last && [last.date_display, last.kind, last.score + "%",
      last.passed ? d.passed : d.failedResult].concat(last.failed || []).join(" · "));
    text(form, "[data-cases]", (kit.open_cases || []).map(function (c) {
      return c.due_display + ": " + c.items.join(", ");
    }).join(" | "));
  }

  function itemRow(item) {
    var row = clone("item");
    var id = "item-" + item.id;
    row.id = id;
    row.dataset.item = item.id;
    row.querySelector("[data-code]").textContent = item.code;
    row.querySelector("[data-text]").textContent = item.text;
    row.querySelector("[data-essential]").hidden = !item.essential;
    row.querySelector("[data-photo-required]").hidden = !item.photo_required;
    if (!item.allow_na) { row.querySelector("[data-na]").remove(); }
    row.querySelectorAll("input[type=radio]").forEach(function (radio) {
      radio.name = "value-" + item.id;
      radio.id = id + "-" + radio.value;
      radio.parentNode.setAttribute("for", radio.id);
    });
    row.querySelector("[data-note]").id = id + "-note";
    row.querySelector("[data-note-label]").setAttribute("for", id + "-note");
    var input = row.querySelector("[data-photo]");
    input.id = id + "-photo";
    row.querySelector("[data-photo-label]").setAttribute("for", input.id);
    input.addEventListener("change", function () { takePhoto(item.id, input, row); });
    return row;
  }

  // A photo is shrunk before it is kept, to what proves an item and crosses a weak link: at most
  // 1024 px on its longest side, and within a budget of 80 KB (a finer quality first, then a
  // lower one, then fewer pixels). 20 visits of 3 photos then go up 750 kbit/s in under a minute.
  var PHOTO_BUDGET = 80 * 1024;
  var PHOTO_STEPS = [[1024, 0.6], [1024, 0.45], [800, 0.55], [640, 0.5]];
  function encode(bitmap, edge, quality) {
    var scale = Math.min(1, edge / Math.max(bitmap.width, bitmap.height));
    var canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext("2d").drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return new Promise(function (resolve) { canvas.toBlob(resolve, "image/jpeg", quality); });
  }
  function shrink(file) {
    return createImageBitmap(file).then(function (bitmap) {
      function attempt(step) {
        return encode(bitmap, PHOTO_STEPS[step][0], PHOTO_STEPS[step][1]).then(function (blob) {
          if (blob.size <= PHOTO_BUDGET || step === PHOTO_STEPS.length - 1) { return blob; }
          return attempt(step + 1);
        });
      }
      return attempt(0);
    });
  }

  function takePhoto(itemId, input, row) {
    var note = row.querySelector("[data-photo-note]");
    var file = input.files[0];
    if (!file) { return; }
    note.textContent = d.shrinking;
    shrink(file).then(function (blob) {
      photos[itemId] = blob;
      note.textContent = Math.round(blob.size / 1024) + " KB";
      var reader = new FileReader();  // a data: address: the page's policy allows no blob: images
      reader.onload = function () { var img = row.querySelector("[data-preview]"); img.src = reader.result; img.hidden = false; };
      reader.readAsDataURL(blob);
    });
  }

  function decisions(form, kit) {
    var box = form.querySelector("[data-decisions] .choices");
    kit.decisions.forEach(function (choice) {
      var label = document.createElement("label");
      label.className = "choice";
      var radio = document.createElement("input");
      radio.type = "radio";
      radio.name = "decision";
      radio.value = choice.value;
      radio.id = "decision-" + choice.value;
      radio.dataset.needsReason = choice.needs_reason ? "1" : "";
      label.appendChild(radio);
      label.appendChild(document.createTextNode(" " + choice.label));
      box.appendChild(label);
    });
  }

  // Dates as the reader types and reads them (core/datefields.py and thaidate.parse_date on the
  // server): DD/MM/YYYY [HH:MM], Buddhist Era on Thai pages (either calendar and Thai digits
  // accepted), never a native picker, which Chromium draws with Western years.
  var THAI_DIGITS = "\u0e50\u0e51\u0e52\u0e53\u0e54\u0e55\u0e56\u0e57\u0e58\u0e59";
  function two(n) { return (n < 10 ? "0" : "") + n; }
  function showDate(date, withTime) {
    var year = date.getFullYear() + (document.documentElement.lang === "en" ? 0 : 543);
    var text = two(date.getDate()) + "/" + two(date.getMonth() + 1) + "/" + year;
    return withTime ? text + " " + two(date.getHours()) + ":" + two(date.getMinutes()) : text;
  }
  function readDate(text, withTime) {
    var plain = (text || "").replace(/[\u0e50-\u0e59]/g, function (c) { return THAI_DIGITS.indexOf(c); });
    var m = /^\s*(\d{1,2})\s*[\/.-]\s*(\d{1,2})\s*[\/.-]\s*(\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?\s*$/.exec(plain);
    if (!m || (withTime && m[4] === undefined) || (!withTime && m[4] !== undefined)) { return null; }
    var year = +m[3] > 2400 ? +m[3] - 543 : +m[3];
    var hours = withTime ? +m[4] : 0, minutes = withTime ? +m[5] : 0;
    if (hours > 23 || minutes > 59) { return null; }
    var date = new Date(year, +m[2] - 1, +m[1], hours, minutes);
    return date.getDate() === +m[1] && date.getMonth() === +m[2] - 1 ? date : null;
  }
  function isoDay(date) {
    return date.getFullYear() + "-" + two(date.getMonth() + 1) + "-" + two(date.getDate());
  }
  function localNow() { return showDate(new Date(), true); }

  function locate(form) {
    var note = form.querySelector("[data-location-note]");
    place = null;
    if (!form.querySelector("#share-location").checked) { note.textContent = ""; return; }
    if (!navigator.geolocation) { note.textContent = d.noLocation; return; }
    note.textContent = d.locating;
    navigator.geolocation.getCurrentPosition(function (where) {
      place = { lat: where.coords.latitude, lng: where.coords.longitude, accuracy: where.coords.accuracy };
      note.textContent = say(d.located, Math.round(where.coords.accuracy));
    }, function () { note.textContent = d.noLocation; }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  }

  function open(stored) {
    var kit = stored.kit;
    photos = {};
    place = null;
    var all = clone("recorder-form");
    recorder.textContent = "";
    recorder.appendChild(all);
    context(all, kit);
    var sections = all.querySelector("[data-sections]");
    kit.checklist.sections.forEach(function (section) {
      var block = clone("section");
      block.querySelector("[data-title]").textContent = section.title;
      section.items.forEach(function (item) { block.querySelector("[data-items]").appendChild(itemRow(item)); });
      sections.appendChild(block);
    });
    decisions(all, kit);
    all.querySelector("#visited-at").value = localNow();
    all.querySelector("#share-location").addEventListener("change", function () { locate(all); });
    all.querySelector("[data-cancel]").addEventListener("click", close);
    all.querySelector("[data-record-form]").addEventListener("submit", function (event) {
      event.preventDefault();
      save(stored, all);
    });
    recorder.hidden = false;
    recorder.focus();
  }

  function close() {
    recorder.hidden = true;
    recorder.textContent = "";
    photos = {};
  }

  function problems(all, kit) {
    var found = [];
    kit.checklist.sections.forEach(function (section) {
      section.items.forEach(function (item) {
        var checked = all.querySelector("input[name='value-" + item.id + "']:checked");
        if (!checked) { found.push(["item-" + item.id + "-pass", say(d.unanswered, item.code)]); }
        else if (checked.value === "pass" && item.photo_required && !photos[item.id]) {
          found.push(["item-" + item.id + "-photo", say(d.photoNeeded, item.code)]);
        }
      });
    });
    var decision = all.querySelector("input[name=decision]:checked");
    if (!decision) { found.push([all.querySelector("input[name=decision]").id || "reason", d.noDecision]); }
    else if (decision.dataset.needsReason && !all.querySelector("#reason").value.trim()) { found.push(["reason", d.noReason]); }
    var visited = all.querySelector("#visited-at").value;
    if (!visited.trim()) { found.push(["visited-at", d.noTime]); }
    else if (!readDate(visited, true)) { found.push(["visited-at", d.badTime]); }
    var due = all.querySelector("#corrections-due").value;
    if (due.trim() && !readDate(due, false)) { found.push(["corrections-due", d.badDate]); }
    return found;
  }

  function showProblems(all, found) {
    var box = all.querySelector("[data-errors]");
    var list = box.querySelector("ul");
    list.textContent = "";
    found.forEach(function (p) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "#" + p[0];
      a.textContent = p[1];
      li.appendChild(a);
      list.appendChild(li);
    });
    box.hidden = !found.length;
    if (found.length) { box.setAttribute("tabindex", "-1"); box.focus(); }
  }

  function payloadOf(all, kit) {
    var answers = [];
    kit.checklist.sections.forEach(function (section) {
      section.items.forEach(function (item) {
        var checked = all.querySelector("input[name='value-" + item.id + "']:checked");
        answers.push({ item: item.id, value: checked.value, note: all.querySelector("#item-" + item.id + "-note").value });
      });
    });
    var decision = all.querySelector("input[name=decision]:checked");
    var due = readDate(all.querySelector("#corrections-due").value, false);
    return {
      answers: answers,
      decision: decision.value,
      reason: all.querySelector("#reason").value.trim(),
      corrections_due: due ? isoDay(due) : null,
      visited_at: readDate(all.querySelector("#visited-at").value, true).toISOString(),
      recorded_offline_at: navigator.onLine ? null : new Date().toISOString(),
      location: place,
      basis: kit.basis,
      confirm: []
    };
  }

  function save(stored, all) {
    var kit = stored.kit;
    var found = problems(all, kit);
    showProblems(all, found);
    if (found.length) { return; }
    var entry = {
      url: kit.record_url,
      kind: "inspection",
      visit: stored.id,
      label: say(d.label, kit.place.name) + " · " + kit.visit.planned_for_display,
      payload: payloadOf(all, kit),
      files: Object.keys(photos).map(function (id) {
        return { field: "photo_" + id, blob: photos[id], filename: "photo_" + id + ".jpg" };
      })
    };
    var status = document.querySelector("[data-visits-note]");
    TSCOutbox.add(entry).then(function () {
      close();
      status.textContent = d.saved;
      return refresh();
    }).then(function () {
      var now = document.querySelector("[data-sync-status] [data-sync-now]");
      if (now && navigator.onLine) { now.click(); }
    }, function (error) {
      showProblems(all, [["visited-at", error && error.name === "QuotaExceededError" ? d.full : String(error)]]);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    root = document.querySelector("[data-field]");
    if (!root || !window.TSCOutbox) { return; }
    d = root.dataset;
    recorder = root.querySelector("[data-recorder]");
    loadVisits();
    window.addEventListener("online", loadVisits);
    TSCOutbox.onChange(function () {
      if (recorder.hidden) { refresh(); }
    });
  });
}());
