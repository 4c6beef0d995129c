// The share box of a knowledge item: select the link, copy it, print the page. Kept out of the
// page itself so that the Content-Security-Policy can forbid inline script.
document.addEventListener("click", function (event) {
  var target = event.target.closest("[data-share]");
  if (!target) return;
  var action = target.getAttribute("data-share");
  if (action === "select") {
    target.select();
  } else if (action === "copy" && navigator.clipboard) {
    navigator.clipboard.writeText(target.getAttribute("data-url"));
    target.textContent = target.getAttribute("data-done");
  } else if (action === "print") {
    window.print();
  }
});
