/* TSC+ offline work (issue 17): the one queue ("outbox") of this phone and the one engine that
   sends it, for the owners' wizard and the officers' inspections alike. Loaded by every page and
   by the service worker (importScripts), so both write the same IndexedDB.

   An entry: {seq, key (Idempotency-Key), url, fields [[name, text]], payload (JSON, sent as the
   field "payload"), files [{field, blob, filename}], label, kind, user, created, state
   waiting|refused|conflict, reason, conflicts, attempts, nextTry}. Nothing is ever dropped by
   the engine: a refusal or a conflict is kept, with the server's words, for a person to decide. */
(function (root) {
  "use strict";
  var DB_NAME = "tscplus-offline";
  var opened = null;

  function db() {
    if (!opened) {
      opened = new Promise(function (resolve, reject) {
        var request = indexedDB.open(DB_NAME, 1);
        request.onupgradeneeded = function () {
          var base = request.result;
          base.createObjectStore("outbox", { keyPath: "seq", autoIncrement: true });
          base.createObjectStore("kits", { keyPath: "id" });
          base.createObjectStore("meta", { keyPath: "name" });
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }
    return opened;
  }

  // One transaction; resolves with the request's result once it is committed (all or nothing).
  function run(store, mode, work) {
    return db().then(function (base) {
      return new Promise(function (resolve, reject) {
        var tx = base.transaction(store, mode);
        var request = work(tx.objectStore(store));
        tx.oncomplete = function () { resolve(request && request.result); };
        tx.onerror = tx.onabort = function () { reject(tx.error || (request && request.error)); };
      });
    });
  }
  function all(store) { return run(store, "readonly", function (s) { return s.getAll(); }); }
  function put(store, value) { return run(store, "readwrite", function (s) { return s.put(value); }); }
  function remove(store, key) { return run(store, "readwrite", function (s) { return s.delete(key); }); }
  function meta(name) {
    return run("meta", "readonly", function (s) { return s.get(name); }).then(function (row) {
      return row ? row.value : null;
    });
  }
  function setMeta(name, value) { return put("meta", { name: name, value: value }); }

  function uuid() {
    if (root.crypto && root.crypto.randomUUID) { return root.crypto.randomUUID(); }
    return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 14);
  }

  // Room for `bytes` more (photos): asks for persistent storage once, then checks the estimate.
  function room(bytes) {
    var storage = root.navigator && root.navigator.storage;
    if (!storage || !storage.estimate) { return Promise.resolve(true); }
    var persisted = storage.persist && typeof document !== "undefined" ? storage.persist() : null;
    return Promise.resolve(persisted).catch(function () {}).then(function () {
      return storage.estimate();
    }).then(function (e) {
      return !e.quota || e.quota - (e.usage || 0) > 2 * bytes + 1048576;
    }, function () { return true; });
  }

  function size(entry) {
    return (entry.files || []).reduce(function (n, f) { return n + (f.blob ? f.blob.size : 0); }, 0);
  }

  function fullError() {
    var error = new Error("QuotaExceededError");
    error.name = "QuotaExceededError";
    return error;
  }

  // Adds an entry whole or not at all; rejects with a QuotaExceededError when the phone is full.
  function add(entry) {
    return room(size(entry)).then(function (ok) {
      if (!ok) { throw fullError(); }
      return meta("user");
    }).then(function (user) {
      entry.key = uuid();
      entry.user = entry.user || user || "";
      entry.created = new Date().toISOString();
      entry.state = "waiting";
      entry.attempts = 0;
      entry.nextTry = 0;
      return put("outbox", entry);
    }).then(function (seq) { announce(); return seq; });
  }

  function list() {
    return all("outbox").then(function (rows) {
      return rows.sort(function (a, b) { return a.seq - b.seq; });
    });
  }

  function cookie(name) {
    var found = ("; " + (typeof document !== "undefined" ? document.cookie : "")).split("; " + name + "=");
    return found.length > 1 ? decodeURIComponent(found.pop().split(";")[0]) : "";
  }

  function formOf(entry) {
    var form = new FormData();
    (entry.fields || []).forEach(function (f) { form.append(f[0], f[1]); });
    if (entry.payload) { form.append("payload", JSON.stringify(entry.payload)); }
    (entry.files || []).forEach(function (f) { form.append(f.field, f.blob, f.filename || "photo.jpg"); });
    return form;
  }

  function send(entry) {
    var lang = (typeof document !== "undefined" && document.documentElement.lang) || "th";
    var controller = root.AbortController ? new AbortController() : null;
    var timer = controller && setTimeout(function () { controller.abort(); }, 90000);
    return fetch(entry.url, {
      method: "POST",
      body: formOf(entry),
      credentials: "same-origin",
      signal: controller ? controller.signal : undefined,
      headers: {
        "Idempotency-Key": entry.key,
        "X-CSRFToken": cookie("csrftoken"),
        "Accept": "application/json",
        "Accept-Language": lang
      }
    }).then(function (response) {
      clearTimeout(timer);
      return response.json().catch(function () { return {}; }).then(function (body) {
        return { status: response.status, body: body, retryAfter: response.headers.get("Retry-After"),
          replayed: response.headers.get("Idempotent-Replayed") };
      });
    }, function () {
      clearTimeout(timer);
      return { status: 0, body: {} };
    });
  }

  // The platform writes every refusal {"errors": {"detail", "<field>": [...], "conflicts": [...]}}.
  function reasonOf(errors, status) {
    var words = [errors.detail || ""];
    Object.keys(errors).forEach(function (k) {
      if (k === "detail" || k === "conflicts") { return; }
      words.push([].concat(errors[k]).map(function (e) { return e.message || e; }).join(" "));
    });
    return words.join(" ").trim() || "HTTP " + status;
  }

  // What the answer means for the entry: "done", "stop" (try later) or "next" (it was kept).
  function settle(entry, answer) {
    var status = answer.status;
    var errors = (answer.body && (answer.body.errors || answer.body)) || {};
    if (status >= 200 && status < 300) {
      return remove("outbox", entry.seq).then(function () {
        return setMeta("lastSync", new Date().toISOString());
      }).then(function () { return "done"; });
    }
    entry.attempts += 1;
    if (status === 409 && errors.conflicts && errors.conflicts.length) {
      entry.state = "conflict";
      entry.conflicts = errors.conflicts;
      entry.reason = errors.detail || "";
      return put("outbox", entry).then(function () { return "next"; });
    }
    if (status === 401) {
      entry.reason = "signin";
      return put("outbox", entry).then(function () { return "stop"; });
    }
    if (status >= 400 && status < 500 && status !== 409 && status !== 429) {
      entry.state = "refused";
      entry.reason = reasonOf(errors, status);
      return put("outbox", entry).then(function () { return "next"; });
    }
    // No network, 409 "still being handled", 429, 5xx: wait, then again, a little later each time.
    var wait = parseInt(answer.retryAfter, 10);
    wait = isNaN(wait) ? Math.min(15 * Math.pow(2, entry.attempts), 600) : wait;
    entry.nextTry = Date.now() + wait * 1000;
    entry.reason = status ? "retry" : "offline";
    return put("outbox", entry).then(function () { return "stop"; });
  }

  function sendAll(user, force) {
    return list().then(function (entries) {
      var due = entries.filter(function (e) {
        return e.state === "waiting" && (!user || !e.user || e.user === user) &&
          (force || !e.nextTry || e.nextTry <= Date.now());
      });
      var sent = [];
      function next(i) {
        if (i >= due.length) { return sent; }
        return send(due[i]).then(function (answer) {
          return settle(due[i], answer);
        }).then(function (outcome) {
          if (outcome === "done") { sent.push(due[i]); }
          return outcome === "stop" ? sent : next(i + 1);
        });
      }
      return next(0);
    });
  }

  var busy = null;
  // Sends what waits, in order, one run at a time on this phone (a Web Lock across tabs).
  function sync(user, force) {
    if (busy) { return busy; }
    var locks = root.navigator && root.navigator.locks;
    var work = function () { return sendAll(user, force); };
    busy = (locks ? locks.request("tscplus-outbox", work) : work()).then(function (sent) {
      busy = null;
      announce();
      return sent;
    }, function (error) { busy = null; throw error; });
    return busy;
  }

  function decide(seq, choice) {
    return run("outbox", "readonly", function (s) { return s.get(seq); }).then(function (entry) {
      if (!entry) { return null; }
      if (choice === "discard") { return remove("outbox", seq); }
      if (choice === "confirm" && entry.payload) {
        entry.payload.confirm = (entry.conflicts || []).map(function (c) { return c.code; });
      }
      // A decision is a new request: a new key, so the stored refusal is not replayed.
      entry.key = uuid();
      entry.state = "waiting";
      entry.nextTry = 0;
      entry.reason = "";
      return put("outbox", entry);
    }).then(function () { announce(); });
  }

  function forget() {
    // What a person who signs out leaves behind: never the queue, only kept pages and kits.
    var work = [run("kits", "readwrite", function (s) { return s.clear(); }), setMeta("visits", null)];
    if (root.caches) {
      work.push(root.caches.keys().then(function (names) {
        return Promise.all(names.filter(function (n) { return n.indexOf("pages") === 0; })
          .map(function (n) { return root.caches.delete(n); }));
      }));
    }
    return Promise.all(work);
  }

  var listeners = [];
  function announce() {
    listeners.forEach(function (fn) { fn(); });
    if (root.BroadcastChannel) {
      try { new BroadcastChannel("tscplus-outbox").postMessage("changed"); } catch (e) { /* closed */ }
    }
  }
  function onChange(fn) {
    listeners.push(fn);
    if (root.BroadcastChannel) { new BroadcastChannel("tscplus-outbox").onmessage = function () { fn(); }; }
  }

  root.TSCOutbox = {
    add: add, list: list, send: send, sync: sync, decide: decide, forget: forget, onChange: onChange,
    meta: meta, setMeta: setMeta, room: room, fullError: fullError,
    kits: {
      all: function () { return all("kits"); },
      put: function (kit) { return put("kits", kit); },
      remove: function (id) { return remove("kits", id); }
    }
  };

  if (typeof document === "undefined") { return; }

  // --- The page: the worker, the status every page shows, and when to send ----------------------
  var box, text;
  function say(template, n) { return (template || "").replace("{n}", n); }
  // A time for people, as the server writes them: "6 ธ.ค. 2569 14:05" (th-TH counts Buddhist Era
  // years) or "6 Dec 2026, 14:05".
  function clock(iso) {
    return new Date(iso).toLocaleString(document.documentElement.lang === "en" ? "en-GB" : "th-TH",
      { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
  }
  root.TSCOutbox.when = clock;

  function render() {
    return Promise.all([list(), meta("lastSync")]).then(function (got) {
      var entries = got[0];
      var d = box.dataset;
      var waiting = entries.filter(function (e) { return e.state === "waiting"; });
      var stuck = entries.length - waiting.length;
      var words = [];
      if (waiting.length) { words.push(say(waiting.length === 1 ? d.waitingOne : d.waitingMany, waiting.length)); }
      if (stuck) { words.push(say(d.stuck, stuck)); }
      if (waiting.some(function (e) { return e.reason === "signin"; })) { words.push(d.signin); }
      else if (waiting.length && !navigator.onLine) { words.push(d.offline); }
      if (got[1]) { words.push(say(d.last, clock(got[1]))); }
      box.hidden = !entries.length;
      text.textContent = entries.length ? words.join(" · ") : "";
    });
  }

  function user() { return (box && box.dataset.user) || ""; }

  function syncNow(force) {
    if (!navigator.onLine) { return render(); }
    return meta("user").then(function (known) {
      return sync(user() || known, force);
    }).then(function (sent) {
      var worker = navigator.serviceWorker && navigator.serviceWorker.controller;
      var pages = sent.filter(function (e) { return e.kind === "wizard"; }).map(function (e) { return e.url; });
      if (worker && pages.length) { worker.postMessage({ type: "keep", urls: pages }); }
      return render();
    });
  }

  function greet() {
    // A different person signed in on this phone: the pages and kits kept for the last one go.
    var me = user();
    if (!me) { return Promise.resolve(); }
    return meta("user").then(function (known) {
      return (known && known !== me ? forget() : null);
    }).then(function () {
      return Promise.all([setMeta("user", me), setMeta("lang", document.documentElement.lang)]);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    box = document.querySelector("[data-sync-status]");
    if (navigator.serviceWorker && box && box.dataset.worker) {
      navigator.serviceWorker.register(box.dataset.worker, { scope: "/" }).catch(function () {});
      // A page loaded before the worker took over was not seen by it: ask it to keep this one
      // (it keeps it only if the server marks it for offline use).
      if (!navigator.serviceWorker.controller) {
        navigator.serviceWorker.ready.then(function (registration) {
          registration.active.postMessage({ type: "keep", urls: [location.href.split("#")[0]] });
        });
      }
    }
    if (!box || !root.indexedDB) { return; }
    text = box.querySelector("[data-sync-text]");
    onChange(render);
    box.querySelector("[data-sync-now]").addEventListener("click", function () { syncNow(true); });
    greet().then(function () { return syncNow(false); });
    window.addEventListener("online", function () { syncNow(true); });
    window.addEventListener("offline", render);
    setInterval(function () {
      list().then(function (entries) {
        if (entries.some(function (e) { return e.state === "waiting"; })) { syncNow(false); }
      });
    }, 30000);
  });
}(self));
