// Progressive enhancement: a zxcvbn strength meter as the user types. The form works without it.
// The words come from the page (data-words, data-label), in the page's language.
(function () {
  "use strict";
  var form = document.getElementById("password-form");
  if (!form || !window.fetch) { return; }
  var input = document.getElementById("password");
  var meter = document.getElementById("strength");
  var text = document.getElementById("strength-text");
  var words = (text.dataset.words || "").split("|");
  var label = text.dataset.label || "";
  var timer = null;
  meter.hidden = false;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (!input.value) { meter.value = 0; text.textContent = ""; return; }
      fetch(form.dataset.strengthUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": form.dataset.csrf },
        body: JSON.stringify({ password: input.value })
      }).then(function (r) { return r.ok ? r.json() : null; }).then(function (r) {
        if (!r) { return; }
        meter.value = r.score;
        text.textContent = label + " " + (words[r.score] || "") + (r.hint ? " " + r.hint : "");
      }).catch(function () {});
    }, 250);
  });
})();
