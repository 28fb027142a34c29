/**
 * The dashboard's script, inlined in report.html. Plain ES2017 for any
 * browser a leader's phone or office PC has; it reads the model and the
 * words from the page's JSON block and builds every element with
 * createElement and textContent (never innerHTML), so a unit named
 * `<script>` stays text. It uses no template literals: this file is one.
 */
export const DASHBOARD_SCRIPT = String.raw`
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("dashboard-data").textContent);
  var M = data.model, L = data.labels, C = data.columns;
  var units = M.units;

  // ---- small helpers ----
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (attrs[k] === undefined || attrs[k] === null || attrs[k] === false) continue;
      if (k === "text") node.textContent = String(attrs[k]);
      else if (k === "cls") node.className = attrs[k];
      else node.setAttribute(k, String(attrs[k]));
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }
  // A label with {0}, {1} … filled in (labels.ts writes them as functions; the page receives them as templates).
  function fill(template) {
    var args = arguments;
    return template.replace(/\{(\d)\}/g, function (_, k) { return String(args[+k + 1]); });
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function has(x) { return x !== null && x !== undefined; }
  function num(x) { return has(x) ? x.toFixed(M.decimals) : ""; }
  function signed(x) { return has(x) ? (x > 0 ? "+" : "") + x.toFixed(M.decimals) : ""; }
  function pct(x) { return has(x) ? (x * 100).toFixed(M.percentDecimals) + "%" : ""; }
  function table(headers, cls) {
    var t = el("table", { cls: cls });
    var tr = el("tr");
    headers.forEach(function (h) { tr.appendChild(el("th", { scope: "col", text: h })); });
    t.appendChild(el("thead", null, tr));
    var body = el("tbody");
    t.appendChild(body);
    return { table: t, body: body };
  }
  function row(cells) {
    var tr = el("tr");
    cells.forEach(function (c) { tr.appendChild(c instanceof Node ? c : el("td", { text: has(c) ? c : "" })); });
    return tr;
  }
  function unitLink(i) { return el("a", { href: "#unit=" + i, text: units[i].name }); }
  // Full-width letters and digits, ideographic spaces and case do not matter when searching a name.
  function norm(s) { return String(s).normalize("NFKC").toLowerCase().replace(/\s+/g, ""); }
  var gradeOrder = {};
  M.grades.forEach(function (g, i) { gradeOrder[g] = i; });
  var collator = typeof Intl !== "undefined" && Intl.Collator ? new Intl.Collator("zh-CN") : null;
  function compareText(a, b) { return collator ? collator.compare(a, b) : a < b ? -1 : a > b ? 1 : 0; }

  // ---- 总排名 ----
  var columns = [
    { label: C.rank, num: true, sort: function (u) { return u.rank; }, show: function (u) { return u.vetoed ? L.vetoedMark : u.rank; }, cls: "c" },
    { label: C.unit, text: true, sort: function (u) { return u.name; }, cell: function (u, i) {
      var td = el("td", { cls: "name" }, unitLink(i));
      if (u.vetoed) td.appendChild(el("span", { cls: "mark veto", text: L.vetoedMark }));
      if (u.toVerify) td.appendChild(el("span", { cls: "mark verify", text: L.toVerify }));
      return td;
    } },
    { label: C.category, text: true, sort: function (u) { return u.category; }, show: function (u) { return u.category; } },
    { label: C.basic, num: true, sort: function (u) { return u.basic; }, show: function (u) { return num(u.basic); }, cls: "n" },
    { label: C.bonus, num: true, sort: function (u) { return u.bonus; }, show: function (u) { return num(u.bonus); }, cls: "n" },
    { label: C.total, num: true, sort: function (u) { return u.total; }, show: function (u) { return num(u.total); }, cls: "n total" },
    { label: C.grade, num: true, sort: function (u) { return gradeOrder[u.grade]; }, cell: function (u) {
      return el("td", { cls: "c grade g" + gradeOrder[u.grade], text: u.grade });
    } }
  ];
  if (M.has.outcome) columns.push({ label: C.outcome, text: true, sort: function (u) { return u.outcome; }, show: function (u) { return u.outcome; } });
  if (M.has.previous) {
    var p = function (u) { return u.previous || {}; };
    columns.push(
      { label: C.previousTotal, num: true, sort: function (u) { return p(u).total; }, show: function (u) { return num(p(u).total); }, cls: "n" },
      { label: C.totalChange, num: true, sort: function (u) { return p(u).totalChange; }, show: function (u) { return signed(p(u).totalChange); }, cls: "n" },
      { label: C.previousRank, num: true, sort: function (u) { return p(u).rank; }, show: function (u) { return p(u).rank; }, cls: "c" },
      { label: C.rankChange, num: true, sort: function (u) { return p(u).rankMove; }, show: function (u) { return p(u).rankChange; }, cls: "c" }
    );
  }

  var state = { col: -1, dir: 1, category: "", grade: "", search: "" };
  var rankingTable = document.getElementById("ranking-table");
  var head = el("tr");
  columns.forEach(function (c, k) {
    var th = el("th", { scope: "col", tabindex: 0, "aria-sort": "none", "data-col": k, text: c.label });
    th.addEventListener("click", function () { sortBy(k); });
    th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(k); } });
    head.appendChild(th);
  });
  rankingTable.appendChild(el("thead", null, head));
  var eligibleBody = el("tbody", { id: "eligible-rows" });
  var vetoedBody = el("tbody", { id: "vetoed-rows", cls: "vetoed-section" });
  rankingTable.appendChild(eligibleBody);
  rankingTable.appendChild(vetoedBody);

  function sortBy(k) {
    state.dir = state.col === k ? -state.dir : 1;
    state.col = k;
    Array.prototype.forEach.call(head.children, function (th, j) {
      th.setAttribute("aria-sort", j === k ? (state.dir > 0 ? "ascending" : "descending") : "none");
    });
    renderRanking();
  }
  // Blank values (no 上年 figure, a vetoed unit's rank) stay last in either direction; ties keep the ranking's order.
  function order(list) {
    if (state.col < 0) return list;
    var c = columns[state.col];
    return list.slice().sort(function (a, b) {
      var x = c.sort(units[a]), y = c.sort(units[b]);
      var hx = has(x) && x !== "", hy = has(y) && y !== "";
      if (!hx || !hy) return hx === hy ? a - b : hx ? -1 : 1;
      var r = c.text ? compareText(String(x), String(y)) : x - y;
      return r === 0 ? a - b : r * state.dir;
    });
  }
  function visible(u) {
    if (state.category && u.category !== state.category) return false;
    if (state.grade && u.grade !== state.grade) return false;
    return !state.search || norm(u.name).indexOf(state.search) >= 0;
  }
  function rankingRow(i) {
    var u = units[i];
    var tr = el("tr", { "data-unit": i, cls: u.vetoed ? "vetoed" : null });
    columns.forEach(function (c) { tr.appendChild(c.cell ? c.cell(u, i) : el("td", { cls: c.cls, text: has(c.show(u)) ? c.show(u) : "" })); });
    return tr;
  }
  function renderRanking() {
    clear(eligibleBody);
    clear(vetoedBody);
    var all = units.map(function (_, i) { return i; });
    var shown = all.filter(function (i) { return visible(units[i]); });
    var eligible = order(shown.filter(function (i) { return !units[i].vetoed; }));
    var vetoed = order(shown.filter(function (i) { return units[i].vetoed; }));
    eligible.forEach(function (i) { eligibleBody.appendChild(rankingRow(i)); });
    if (vetoed.length) {
      vetoedBody.appendChild(el("tr", { cls: "section" }, el("th", { colspan: columns.length, text: L.vetoedHeading })));
      vetoed.forEach(function (i) { vetoedBody.appendChild(rankingRow(i)); });
    }
    if (!shown.length) eligibleBody.appendChild(el("tr", { cls: "empty" }, el("td", { colspan: columns.length, text: L.noMatch })));
    document.getElementById("shown").textContent = fill(L.shown, shown.length, units.length);
  }

  var categorySelect = document.getElementById("filter-category");
  categorySelect.appendChild(el("option", { value: "", text: L.allCategories }));
  M.categories.forEach(function (c) { categorySelect.appendChild(el("option", { value: c.name, text: c.name })); });
  var gradeSelect = document.getElementById("filter-grade");
  gradeSelect.appendChild(el("option", { value: "", text: L.allGrades }));
  M.grades.forEach(function (g) { gradeSelect.appendChild(el("option", { value: g, text: g })); });
  var searchInput = document.getElementById("filter-search");
  searchInput.setAttribute("placeholder", L.search);
  categorySelect.addEventListener("change", function () { state.category = categorySelect.value; renderRanking(); });
  gradeSelect.addEventListener("change", function () { state.grade = gradeSelect.value; renderRanking(); });
  searchInput.addEventListener("input", function () { state.search = norm(searchInput.value); renderRanking(); });
  renderRanking();

  // ---- 分类情况 ----
  function renderCategories() {
    var box = clear(document.getElementById("categories-body"));
    var grades = M.grades.slice(0, -1);
    var cc = L.categoryColumns;
    var summary = table([cc.name, cc.count, cc.mean, cc.max, cc.min].concat(grades, [cc.vetoed]), "summary");
    summary.table.id = "category-table";
    M.categories.concat([M.overall]).forEach(function (c, k) {
      var tr = row([c.name, c.count, num(c.mean), num(c.max), num(c.min)].concat(c.grades));
      if (k === M.categories.length) tr.className = "overall";
      summary.body.appendChild(tr);
    });
    box.appendChild(el("div", { cls: "scroll" }, summary.table));
    if (M.groups.length) {
      box.appendChild(el("h3", { text: L.groupRatesHeading }));
      var rates = table([cc.name].concat(M.groups.map(function (g) { return g.name; })), "summary");
      M.categories.concat([M.overall]).forEach(function (c) { rates.body.appendChild(row([c.name].concat(c.groupRateMeans.map(pct)))); });
      box.appendChild(el("div", { cls: "scroll" }, rates.table));
    }
    M.categories.forEach(function (c) {
      box.appendChild(el("h3", { text: fill(L.membersHeading, c.name, c.count) }));
      var t = table([C.categoryRank, C.unit, C.total, C.grade], "members");
      c.members.forEach(function (i) {
        var u = units[i];
        var tr = row([u.vetoed ? L.vetoedMark : u.categoryRank, el("td", { cls: "name" }, unitLink(i)), num(u.total), u.grade]);
        if (u.vetoed) tr.className = "vetoed";
        t.body.appendChild(tr);
      });
      box.appendChild(el("div", { cls: "scroll" }, t.table));
    });
  }
  renderCategories();

  // ---- 单位详情 ----
  var byRank = units.map(function (_, i) { return i; });
  var unitSelect = document.getElementById("unit-select");
  byRank.forEach(function (i) { unitSelect.appendChild(el("option", { value: i, text: (units[i].vetoed ? L.vetoedMark : units[i].rank) + ". " + units[i].name })); });
  unitSelect.addEventListener("change", function () { location.hash = "#unit=" + unitSelect.value; });
  var current = 0;

  function fact(label, value, id) {
    return el("div", { cls: "fact" }, el("span", { cls: "label", text: label }), el("span", { cls: "value", id: id, text: has(value) ? value : "" }));
  }
  function bar(value, max, cls) {
    var share = max > 0 && has(value) ? Math.max(0, Math.min(1, value / max)) : 0;
    return el("span", { cls: "bar " + cls, style: "width:" + (share * 100).toFixed(1) + "%" });
  }
  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    for (var k in attrs) node.setAttribute(k, String(attrs[k]));
    return node;
  }
  // The radar: one axis per 一级指标, 0 at the centre and 100 % at the rim; the unit solid and dark, the category dashed and light, so it reads in grey too.
  function radar(rates, means, title) {
    var n = M.groups.length, cx = 200, cy = 160, r = 110;
    var s = svg("svg", { viewBox: "0 0 400 330", role: "img", "aria-label": title, "class": "radar" });
    function at(k, share) {
      var angle = -Math.PI / 2 + (2 * Math.PI * k) / n;
      return [cx + Math.cos(angle) * r * share, cy + Math.sin(angle) * r * share];
    }
    [0.25, 0.5, 0.75, 1].forEach(function (f) {
      s.appendChild(svg("polygon", { points: M.groups.map(function (_, k) { return at(k, f).join(","); }).join(" "), "class": "ring" }));
    });
    M.groups.forEach(function (g, k) {
      var end = at(k, 1), label = at(k, 1.18);
      s.appendChild(svg("line", { x1: cx, y1: cy, x2: end[0], y2: end[1], "class": "axis" }));
      var t = svg("text", { x: label[0], y: label[1], "text-anchor": Math.abs(label[0] - cx) < 5 ? "middle" : label[0] > cx ? "start" : "end", "dominant-baseline": "middle" });
      t.textContent = g.name;
      s.appendChild(t);
    });
    function shape(values, cls) {
      return svg("polygon", { points: values.map(function (v, k) { return at(k, has(v) ? Math.max(0, Math.min(1, v)) : 0).join(","); }).join(" "), "class": cls });
    }
    s.appendChild(shape(means, "mean"));
    s.appendChild(shape(rates, "unit"));
    var legend = svg("g", { "class": "legend" });
    [["unit", L.legendUnit], ["mean", L.legendMean]].forEach(function (e, k) {
      legend.appendChild(svg("rect", { x: 120 + k * 100, y: 306, width: 18, height: 12, "class": e[0] }));
      var t = svg("text", { x: 143 + k * 100, y: 312, "dominant-baseline": "middle" });
      t.textContent = e[1];
      legend.appendChild(t);
    });
    s.appendChild(legend);
    return s;
  }

  function renderUnit(i) {
    current = i;
    unitSelect.value = String(i);
    var u = units[i];
    var cat = M.categories.filter(function (c) { return c.name === u.category; })[0] || M.overall;
    var box = clear(document.getElementById("unit-body"));
    var F = L.unitFacts;
    var title = el("h2", { id: "unit-name", text: u.name });
    if (u.vetoed) title.appendChild(el("span", { cls: "mark veto", text: L.vetoedMark }));
    if (u.toVerify) title.appendChild(el("span", { cls: "mark verify", text: L.toVerify }));
    box.appendChild(title);
    var facts = el("div", { cls: "facts" },
      fact(F.category, u.category, "unit-category"),
      fact(F.rank, u.vetoed ? L.vetoedMark : u.rank, "unit-rank"),
      fact(F.categoryRank, u.vetoed ? L.vetoedMark : u.categoryRank, "unit-category-rank"),
      fact(F.total, num(u.total), "unit-total"),
      fact(F.basic, num(u.basic), "unit-basic"),
      fact(F.bonus, num(u.bonus), "unit-bonus"),
      fact(F.grade, u.grade, "unit-grade"),
      M.has.outcome && u.outcome ? fact(F.outcome, u.outcome, "unit-outcome") : null);
    box.appendChild(facts);
    if (u.vetoes.length) {
      var ul = el("ul", { cls: "vetoes" });
      u.vetoes.forEach(function (v) { ul.appendChild(el("li", { text: L.vetoes + "：" + v })); });
      box.appendChild(ul);
    }

    var IC = L.itemColumns;
    box.appendChild(el("h3", { text: fill(L.itemsHeading, cat.name) }));
    var items = table([IC.key, IC.name, IC.points, IC.unit, IC.mean, IC.bar], "items");
    items.table.id = "unit-items";
    var group = null;
    M.items.forEach(function (item, k) {
      if (item.group !== group) {
        group = item.group;
        items.body.appendChild(el("tr", { cls: "group" }, el("th", { colspan: 6, text: group })));
      }
      var missing = u.missing.indexOf(k) >= 0;
      var name = el("td", { cls: "item-name", text: item.name });
      if (missing) name.appendChild(el("span", { cls: "missing", text: L.missing }));
      var bars = el("td", { cls: "bars" }, el("span", { cls: "track" }, bar(u.items[k], item.points, "unit")), el("span", { cls: "track" }, bar(cat.itemMeans[k], item.points, "mean")));
      var tr = row([item.key, name, num(item.points), el("td", { cls: "n", text: num(u.items[k]) }), el("td", { cls: "n", text: num(cat.itemMeans[k]) }), bars]);
      tr.setAttribute("data-item", item.key);
      if (has(cat.itemMeans[k]) && u.items[k] < cat.itemMeans[k]) tr.className = "below";
      items.body.appendChild(tr);
    });
    box.appendChild(el("div", { cls: "scroll" }, items.table));
    box.appendChild(el("p", { cls: "legend-line" }, el("span", { cls: "swatch unit" }), L.legendUnit + "　", el("span", { cls: "swatch mean" }), L.legendMean));

    if (M.groups.length > 2) {
      var rt = fill(L.radarHeading, cat.name);
      box.appendChild(el("h3", { text: rt }));
      var fig = el("figure", { cls: "radar-box" });
      fig.appendChild(radar(u.groupRates, cat.groupRateMeans, rt));
      var rates = table([L.categoryColumns.name].concat(M.groups.map(function (g) { return g.name; })), "rates");
      rates.table.id = "unit-rates";
      rates.body.appendChild(row([u.name].concat(u.groupRates.map(pct))));
      rates.body.appendChild(row([cat.name].concat(cat.groupRateMeans.map(pct))));
      box.appendChild(fig);
      box.appendChild(el("div", { cls: "scroll" }, rates.table));
    }

    if (M.has.previous) {
      box.appendChild(el("h3", { text: fill(L.previousHeading, M.previousLabel) }));
      var pv = u.previous;
      if (pv) {
        var PF = L.previousFacts;
        box.appendChild(el("div", { cls: "facts", id: "unit-previous" },
          fact(PF.status, pv.status),
          pv.names.length ? fact(PF.names, pv.names.join("、")) : null,
          fact(PF.total, num(pv.total)),
          fact(PF.change, signed(pv.totalChange), "unit-total-change"),
          fact(PF.rank, pv.rank),
          fact(PF.rankChange, pv.rankChange),
          pv.grade ? fact(PF.grade, pv.grade) : null));
        if (pv.changes.length) {
          var CC = L.changeColumns;
          var ch = table([CC.name, CC.verdict, CC.wording], "changes");
          pv.changes.forEach(function (c) {
            var tr = row([c.name, c.verdict, c.wording || c.note]);
            if (c.verdict) tr.className = c.verdict === L.verdicts.better ? "better" : c.verdict === L.verdicts.worse ? "worse" : "";
            ch.body.appendChild(tr);
          });
          box.appendChild(el("div", { cls: "scroll" }, ch.table));
        }
      } else box.appendChild(el("p", { text: L.noPrevious }));
    }

    box.appendChild(el("h3", { text: L.issuesHeading }));
    if (u.issues.length) {
      var Q = L.issueColumns;
      var it = table([Q.severity, Q.place, Q.item, Q.message], "issues");
      it.table.id = "unit-issues";
      u.issues.forEach(function (q) { it.body.appendChild(row([q.severity, q.place, q.item, q.message])); });
      box.appendChild(el("div", { cls: "scroll" }, it.table));
    } else box.appendChild(el("p", { text: L.noIssues }));
  }

  function step(by) {
    var at = byRank.indexOf(current) + by;
    if (at >= 0 && at < byRank.length) location.hash = "#unit=" + byRank[at];
  }
  document.getElementById("unit-prev").addEventListener("click", function (e) { e.preventDefault(); step(-1); });
  document.getElementById("unit-next").addEventListener("click", function (e) { e.preventDefault(); step(1); });

  // ---- the 通报's charts: each picture is in the page once, in 图表 ----
  Array.prototype.forEach.call(document.querySelectorAll("img[data-chart]"), function (img) {
    var source = document.getElementById("chart-img-" + img.getAttribute("data-chart"));
    if (source) img.setAttribute("src", source.getAttribute("src"));
  });

  // ---- tabs, by the address's hash: #ranking, #categories, #unit=3, #charts, #report (the panels' ids differ, so the browser does not scroll to them) ----
  var panels = ["ranking", "categories", "unit", "charts", "report"];
  function route() {
    var hash = location.hash.replace(/^#/, "");
    var m = /^unit=(\d+)$/.exec(hash);
    var panel = m ? "unit" : panels.indexOf(hash) >= 0 ? hash : "ranking";
    if (m && +m[1] < units.length) renderUnit(+m[1]);
    else if (panel === "unit") renderUnit(current);
    panels.forEach(function (p) {
      var section = document.getElementById("panel-" + p);
      if (p === panel) section.removeAttribute("hidden"); else section.setAttribute("hidden", "");
      var tab = document.getElementById("tab-" + p);
      if (p === panel) tab.setAttribute("aria-current", "page"); else tab.removeAttribute("aria-current");
    });
    document.getElementById("tab-unit").setAttribute("href", "#unit=" + current);
  }
  window.addEventListener("hashchange", function () { route(); window.scrollTo(0, 0); });
  route();
})();
`;
