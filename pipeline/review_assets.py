"""Inline CSS and JavaScript of the review page (no external URLs, so it works offline)."""
from __future__ import annotations

CSS = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #f6f6f4; }
header { position: sticky; top: 0; z-index: 2; background: #26364a; color: #fff; padding: .6em 1.2em; }
header h1 { font-size: 1.2em; margin: 0 0 .4em; }
header label { margin-right: 1em; }
header select { max-width: 22em; }
#shown { margin-left: 1em; font-weight: bold; }
main { padding: 1em 1.2em; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid #d6d6d2; padding: .2em .5em; text-align: left; vertical-align: top; }
th { background: #ecece8; }
table.index { width: 100%; margin-bottom: 1.5em; }
section.letter { background: #fff; border: 1px solid #d6d6d2; border-radius: 6px; padding: .2em 1em 1em;
  margin-bottom: 1.5em; }
section.letter h2 { font-size: 1.1em; }
.badge { display: inline-block; padding: 0 .5em; border-radius: 3px; font-size: .85em; background: #ddd; }
.badge.ok { background: #cdebd3; } .badge.failed { background: #f4c7c3; } .badge.skipped { background: #e3e3e3; }
.badge.warn { background: #fbe3a6; }
details { margin: .6em 0; } summary { cursor: pointer; font-weight: 600; }
.pages { display: flex; flex-wrap: wrap; gap: 1em; }
.page { flex: 1 1 38em; min-width: 0; }
.page h4 { margin: .3em 0; font-size: .9em; color: #555; }
pre.text { white-space: pre-wrap; background: #fbfbf9; border: 1px solid #e2e2de; padding: .5em;
  font: 12.5px/1.4 ui-monospace, monospace; margin: 0; }
pre.text .l { display: block; padding-left: 2.6em; text-indent: -2.6em; min-height: 1.4em; }
.ln { display: inline-block; width: 2.6em; text-indent: 0; color: #999; user-select: none; }
mark.repair { background: #ffe066; border-bottom: 2px solid #e0a800; cursor: help; }
mark.original { background: #ffd6d6; text-decoration: line-through; cursor: help; }
mark.suggestion { background: #d6e8ff; border-bottom: 2px dotted #3a78c2; cursor: help; }
ol.questions { list-style: none; padding-left: 1em; } ol.questions li { margin: .2em 0; }
table.qa { width: 100%; table-layout: fixed; } table.qa td { width: 50%; }
table.qa td.answer { background: #f0f7ef; } table.qa td.answer.missing { background: #fbf3e4; }
.thumbs { display: flex; flex-wrap: wrap; gap: .6em; }
.thumbs img { border: 1px solid #bbb; max-width: 420px; height: auto; }
.error { color: #a61b0f; font-weight: 600; }
.note { color: #666; font-size: .9em; }
"""

# Reads filters from the URL hash (#status=ok&doctype=anfrage&faction=…&warnings=yes), applies them
# to every element carrying data-letter, and writes them back to the hash when a select changes.
JS = """
(function () {
  "use strict";
  var keys = ["status", "doctype", "faction", "warnings"];
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-letter]"));
  var total = document.querySelectorAll("section.letter").length;
  function select(key) { return document.getElementById("f-" + key); }
  function wanted() {
    var want = {};
    keys.forEach(function (key) { want[key] = select(key).value; });
    return want;
  }
  function apply() {
    var want = wanted(), shown = 0;
    items.forEach(function (el) {
      var visible = keys.every(function (key) { return !want[key] || el.dataset[key] === want[key]; });
      el.hidden = !visible;
      if (visible && el.tagName === "SECTION") { shown += 1; }
    });
    document.getElementById("shown").textContent = shown + " of " + total + " letters shown";
    var params = new URLSearchParams();
    keys.forEach(function (key) { if (want[key]) { params.set(key, want[key]); } });
    var hash = params.toString();
    if (hash !== location.hash.replace(/^#/, "")) {
      history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    }
  }
  function fromHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    keys.forEach(function (key) {
      var value = params.get(key), sel = select(key);
      var known = Array.prototype.some.call(sel.options, function (o) { return o.value === value; });
      sel.value = value !== null && known ? value : "";
    });
  }
  keys.forEach(function (key) { select(key).addEventListener("change", apply); });
  window.addEventListener("hashchange", function () { fromHash(); apply(); });
  fromHash();
  apply();
})();
"""
