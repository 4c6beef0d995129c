/* TSC+ page behaviour every page shares, loaded in <head> so the menu never flashes open.
   1. The phone menu: the header's menu button opens and closes the navigation (without script the
      navigation simply stays open, so nothing is out of reach).
   2. A refused form: focus moves to its error summary, whose links take the reader to each field.
   3. Wide tables that scroll sideways say so and can be scrolled from the keyboard. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function menu() {
    var button = document.querySelector("[data-menu-toggle]");
    var nav = button && document.getElementById(button.getAttribute("aria-controls"));
    if (!nav) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", open ? "true" : "false");
      nav.classList.toggle("is-open", open);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && nav.classList.contains("is-open")) {
        button.setAttribute("aria-expanded", "false");
        nav.classList.remove("is-open");
        button.focus();
      }
    });
  }

  function errorSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (!summary) { return; }
    summary.focus();
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      var field = link && document.getElementById(link.getAttribute("href").slice(1));
      if (!field) { return; }
      event.preventDefault();
      var label = document.querySelector("label[for='" + field.id + "']") || field;
      label.scrollIntoView({ block: "start" });
      field.focus({ preventScroll: true });
    });
  }

  function scrollHints() {
    document.querySelectorAll(".table-scroll").forEach(function (box) {
      var wide = box.scrollWidth > box.clientWidth + 1;
      box.classList.toggle("is-scrollable", wide);
      if (wide) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("data-scroll-hint", document.body.getAttribute("data-scroll-hint") || "");
        var caption = box.querySelector("caption");
        box.setAttribute("aria-label", caption ? caption.textContent.trim() : box.getAttribute("data-scroll-hint"));
      } else {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    menu();
    errorSummary();
    scrollHints();
    window.addEventListener("resize", scrollHints);
    document.body.addEventListener("htmx:afterSettle", scrollHints);
  });
}());
