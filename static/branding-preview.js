// Progressive enhancement: the branding page's preview follows the name, colour and message as
// the admin types. Without it, the Preview button draws the same preview on the server.
(function () {
  "use strict";
  var preview = document.getElementById("preview");
  if (!preview) { return; }
  var org = document.getElementById("preview-org");
  var message = document.getElementById("preview-message");
  var name = document.getElementById("name");
  var accent = document.getElementById("accent");
  var text = document.getElementById("message");
  var hex = /^#[0-9a-fA-F]{6}$/;
  function update() {
    org.textContent = name.value;
    message.textContent = text.value.trim();
    message.hidden = message.textContent === "";
    if (hex.test(accent.value)) { preview.style.setProperty("--accent", accent.value); }
  }
  [name, accent, text].forEach(function (input) { input.addEventListener("input", update); });
})();
