// zhnews report: sort and filter the claims table, jump from a claim to its sentence.
// Reads its data from the JSON block; never builds HTML from strings.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("zhnews-data").textContent);
  var byId = {};
  data.claims.forEach(function (c) { byId[c.id] = c; });
  var table = document.getElementById("claims");
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var filter = document.getElementById("claim-filter");
  var count = document.getElementById("claim-count");

  function showCount() {
    var shown = rows.filter(function (r) { return !r.hidden; }).length;
    count.textContent = data.count.replace("{shown}", shown).replace("{total}", rows.length);
  }

  function applyFilter() {
    var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      row.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
    });
    showCount();
  }

  function sortKey(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    return numeric ? parseFloat(raw) : raw;
  }

  function sortBy(th) {
    var index = th.cellIndex;
    var numeric = th.getAttribute("data-type") === "num";
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.cells, function (h) { h.setAttribute("aria-sort", "none"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var sign = ascending ? 1 : -1;
    var keyed = rows.map(function (row, i) { return [sortKey(row, index, numeric), i, row]; });
    keyed.sort(function (a, b) {
      var x = a[0], y = b[0];
      if (numeric) {
        if (isNaN(x) !== isNaN(y)) { return isNaN(x) ? 1 : -1; }
        if (x !== y && !(isNaN(x) && isNaN(y))) { return sign * (x - y); }
      } else {
        var c = x.localeCompare(y, "zh");
        if (c !== 0) { return sign * c; }
      }
      return a[1] - b[1];
    });
    keyed.forEach(function (k) { tbody.appendChild(k[2]); });
    rows = keyed.map(function (k) { return k[2]; });
  }

  function clearMarks(selector, cls) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), function (el) { el.classList.remove(cls); });
  }

  function goToSentence(claimId) {
    var claim = byId[claimId];
    clearMarks("tr.selected", "selected");
    var row = document.getElementById("c-" + claimId);
    if (row) { row.classList.add("selected"); }
    if (!claim || !claim.sentence) { return false; }
    var sentence = document.getElementById(claim.sentence);
    if (!sentence) { return false; }
    clearMarks(".sent.target", "target");
    clearMarks(".fig.target-fig", "target-fig");
    sentence.classList.add("target");
    Array.prototype.forEach.call(document.querySelectorAll("#articles .fig"), function (el) {
      if (el.getAttribute("data-fig") === claim.figure) { el.classList.add("target-fig"); }
    });
    sentence.scrollIntoView({ block: "center" });
    if (history.replaceState) { history.replaceState(null, "", "#" + claim.sentence); }
    return true;
  }

  function goToClaim(claimId) {
    var row = document.getElementById("c-" + claimId);
    if (!row) { return; }
    if (row.hidden) { filter.value = ""; applyFilter(); }
    clearMarks("tr.selected", "selected");
    row.classList.add("selected");
    row.scrollIntoView({ block: "center" });
  }

  filter.addEventListener("input", applyFilter);
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.addEventListener("click", function () { sortBy(th); });
    th.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(th); }
    });
  });
  tbody.addEventListener("click", function (e) {
    var row = e.target.closest("tr.claim");
    if (row && goToSentence(row.getAttribute("data-claim"))) { e.preventDefault(); }
  });
  document.getElementById("warnings").addEventListener("click", function (e) {
    var link = e.target.closest("a.to-claim");
    if (!link) { return; }
    e.preventDefault();
    goToClaim(link.getAttribute("href").slice(3));
  });
  showCount();
}());
