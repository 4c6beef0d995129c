// The share row of a knowledge item: copy the link, print the page; the link's own box selects
// itself when tapped. Kept out of the page itself so that the Content-Security-Policy can forbid
// inline script.
document.addEventListener("click", function (event) {
  var target = event.target.closest("[data-share]");
  if (!target) return;
  var action = target.getAttribute("data-share");
  if (action === "select") {
    target.select();
  } else if (action === "copy") {
    var done = function () { target.textContent = target.getAttribute("data-done"); };
    if (navigator.clipboard) {
      navigator.clipboard.writeText(target.getAttribute("data-url")).then(done, function () {});
    } else {
      // No clipboard API (a page not served over HTTPS): select the link for the reader to copy.
      var box = document.getElementById("share-url");
      if (box) { box.focus(); box.select(); }
    }
  } else if (action === "print") {
    window.print();
  }
});
