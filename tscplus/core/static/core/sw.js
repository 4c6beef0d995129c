/* TSC+ service worker (issue 17). Served by Django at /sw.js, after `self.TSC` (version, shell,
   texts; core/pwa.py). A few rules, each one auditable here (docs/decisions.md says why not Workbox):

   1. The app shell (styles, scripts, fonts, icons, the offline pages) is precached under a cache
      named by the shell's version; a deploy changes the version and the old cache is deleted.
   2. The QR verification page /v/<token> (and /en/v/...): network only, never kept; with no
      network, the precached notice that the status cannot be checked now. Never an old copy.
   3. /api/, /admin/, the sync engine's sends (they carry Idempotency-Key) and other POSTs:
      network only. Exception: the wizard's step and review POSTs, kept in the outbox when there is
      no network. Signing out clears the kept pages (never the outbox).
   4. Other pages: network first; a copy is kept only of pages the server marks for offline use
      (header X-Offline-Page: keep: the wizard, the field page, home, the sync page); with no
      network, the kept copy or the offline page. Nothing else a person was shown is kept. */
"use strict";
importScripts(self.TSC.offlineScript);

var SHELL = "shell-" + self.TSC.version;
var PAGES = "pages";
var WIZARD_POST = /^\/(en\/)?my\/assessments\/(\d+)\/(step\/(\d+)|review)\/$/;
var VERIFY = /^\/(en\/)?v\//;
var NETWORK_ONLY = /^\/(en\/)?(api|admin)\/|^\/sw\.js$|^\/healthz$/;

self.addEventListener("install", function (event) {
  // For nobody in particular: the offline pages must hold no name and no form token. All or
  // nothing (a shell with a hole is no shell), tried twice on a weak signal.
  // Static files have content-hashed names: the copy the page just downloaded (the browser's
  // cache) is the right one, so it is not fetched twice over a slow link. The offline pages are
  // asked for afresh.
  function precache(cache) {
    return cache.addAll(self.TSC.shell.map(function (url) {
      var hashed = /^\/static\/.+\.[0-9a-f]{12}\.[a-z0-9]+$/.test(url);
      return new Request(url, { credentials: "omit", cache: hashed ? "default" : "reload" });
    }));
  }
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return precache(cache).catch(function () { return precache(cache); });
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) {
      return n.indexOf("shell-") === 0 && n !== SHELL;
    }).map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function language(path) {
  return path.indexOf("/en/") === 0 ? "en" : "th";
}

function texts(lang) { return self.TSC.texts[lang] || self.TSC.texts.th; }

function shellPage(lang, which) {
  return caches.match(texts(lang)[which], { cacheName: SHELL }).then(function (page) {
    return page || new Response(texts(lang).queued, { status: 503 });
  });
}

function verify(request) {
  return fetch(request.url, { cache: "no-store", credentials: "same-origin", redirect: "manual" })
    .catch(function () {
      return TSCOutbox.meta("lang").catch(function () { return null; }).then(function (lang) {
        return shellPage(lang || "th", "verify");
      });
    });
}

function kept(response) {
  return response.ok && response.headers.get("X-Offline-Page") === "keep";
}

function page(request) {
  var path = new URL(request.url).pathname;
  return fetch(request).then(function (response) {
    var copy = kept(response) ? response.clone() : null;
    caches.open(PAGES).then(function (cache) { return tidy(cache, request.url, response, copy); });
    return response;
  }, function () {
    return caches.open(PAGES).then(function (cache) {
      return cache.match(request.url).then(function (hit) {
        return hit || cache.match(request.url, { ignoreSearch: true });
      });
    }).then(function (hit) { return hit || shellPage(language(path), "offline"); });
  });
}

// A kept page is replaced by its new copy; it goes when the server no longer offers it for
// offline use (a submitted assessment's steps now lead to its result; not found; not yours).
// A server fault (5xx) leaves the old copy.
function tidy(cache, url, response, copy) {
  if (copy) { return cache.put(url, copy); }
  return response.status < 500 ? cache.delete(url) : null;
}

// Keep these pages (asked by a page: the wizard's steps, after a send): only what the server marks.
function keep(urls) {
  return caches.open(PAGES).then(function (cache) {
    return Promise.all(urls.map(function (url) {
      return fetch(url, { credentials: "same-origin", redirect: "manual" }).then(function (response) {
        return tidy(cache, url, response, kept(response) ? response : null);
      }).catch(function () { return null; });
    }));
  });
}

function fromCache(request) {
  return caches.match(request, { cacheName: SHELL }).then(function (hit) {
    return hit || fetch(request);
  });
}

function where(url) {
  // Where "Save and continue" goes with no network: the next kept step, else the review.
  var match = WIZARD_POST.exec(new URL(url).pathname);
  var base = new URL(url).origin + "/" + (match[1] || "") + "my/assessments/" + match[2] + "/";
  var review = base + "review/";
  if (!match[4]) { return Promise.resolve(review); }
  var next = base + "step/" + (parseInt(match[4], 10) + 1) + "/";
  return caches.match(next, { cacheName: PAGES }).then(function (hit) { return hit ? next : review; });
}

function captured(request, form) {
  var match = WIZARD_POST.exec(new URL(request.url).pathname);
  var entry = { url: request.url, kind: "wizard", assessment: match[2], fields: [], files: [] };
  form.forEach(function (value, name) {
    if (name === "csrfmiddlewaretoken") { return; }  // sent fresh from the cookie at send time
    if (typeof value === "string") { entry.fields.push([name, value]); }
    else if (value.size) { entry.files.push({ field: name, blob: value, filename: value.name }); }
  });
  return TSCOutbox.meta("label:" + new URL(request.url).pathname).catch(function () { return null; })
    .then(function (label) { entry.label = label || new URL(request.url).pathname; return entry; });
}

function wizardPost(request) {
  var copy = request.clone();
  var lang = language(new URL(request.url).pathname);
  var autosave = request.headers.get("HX-Request") === "true";
  return fetch(request).then(function (response) {
    if (!autosave && response.status < 400) {
      keep([request.url]);
    }
    return response;
  }, function () {
    return copy.formData().then(function (form) {
      return captured(copy, form);
    }).then(TSCOutbox.add).then(function () {
      if (autosave) {
        return new Response('<span class="queued">' + texts(lang).queued + "</span>",
          { headers: { "Content-Type": "text/html; charset=utf-8" } });
      }
      return where(request.url).then(function (next) { return Response.redirect(next, 303); });
    }, function () {
      // Storage full (or refused): nothing was kept, and the person is told so, in words.
      var words = texts(lang).full;
      return new Response(autosave ? '<span class="error">' + words + "</span>"
        : '<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
          "<p>" + words + '</p><p><a href="' + request.url + '">' + texts(lang).back + "</a></p>",
        { status: autosave ? 200 : 507, headers: { "Content-Type": "text/html; charset=utf-8" } });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || request.headers.has("Idempotency-Key")) { return; }
  var path = url.pathname;
  if (request.method !== "GET") {
    if (path === texts("th").logout || path === texts("en").logout) {
      event.waitUntil(TSCOutbox.forget());
    } else if (WIZARD_POST.test(path)) {
      event.respondWith(wizardPost(request));
    }
    return;
  }
  if (VERIFY.test(path)) {
    if (request.mode === "navigate") { event.respondWith(verify(request)); }
    return;
  }
  if (NETWORK_ONLY.test(path)) { return; }
  if (request.mode === "navigate") {
    event.respondWith(page(request));
  } else if (path.indexOf("/static/") === 0) {
    event.respondWith(fromCache(request));
  }
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type === "keep" && data.urls) { event.waitUntil(keep(data.urls)); }
});
