// The console's two comparisons of a version (loaded after beheer.js and using its helpers):
// what changes in the workbook, row by row (GET …/versions/<v>/diff[?against=<v2>]), and what it
// would do with the real decisions of a period (POST …/versions/<v>/impact {"from", "to"}).
// Both are shown in the officers' terms: sheets, rows, cells, outcomes, never raw JSON.
"use strict";

let comparing = null;   // {table, version} whose comparisons are shown
let diffRound = 0;
let impactRound = 0;

const KINDS = {
  metadata: "Metadata", invoer: "Invoer", afgeleid: "Afgeleid", uitvoer: "Uitvoer", tabellen: "Tabellen",
  regels: "Regels", parameters: "Parameters", voorbeelden: "Voorbeelden",
};
const COUNT = new Intl.NumberFormat("nl-NL");
const SHARE = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 1 });

function lastCalendarYear() {
  const year = new Date().getFullYear() - 1;
  return { from: year + "-01-01", to: year + "-12-31" };
}

function dayText(iso) {
  const d = new Date(iso + "T12:00:00Z");
  return isNaN(d) ? iso : DAY.format(d);
}

/** Called by showVersion: the comparisons of this version, for whoever is logged in. */
function showComparison(tableId, version, v) {
  const again = comparing && comparing.table === tableId && comparing.version === version;
  $("verschil").hidden = !me;
  $("logboek-gevolgen").hidden = !me;
  if (!me) { comparing = null; return; }
  if (again) return;  // a redraw of the same version keeps what the officer chose and saw
  comparing = { table: tableId, version };
  fillAgainst(tableId, version, v);
  if (!$("impact-van").value || !$("impact-tot").value) {
    const last = lastCalendarYear();
    $("impact-van").value = last.from;
    $("impact-tot").value = last.to;
  }
  clearImpact();
  loadDiff();
}

function fillAgainst(tableId, version, v) {
  const select = $("verschil-tegen");
  select.replaceChildren();
  const first = el("option", v.state === "actief" ? "(kies een versie)" : "de actieve versie");
  first.value = "";
  select.appendChild(first);
  const t = tables.find((x) => x.id === tableId) || {};
  for (const other of (t.versions || []).slice().reverse()) {
    if (other.version === version) continue;
    const o = el("option", short(other.version) + " (" + (STATES[other.state] || other.state || "") + ", " +
                 when(other.staged_at) + ")");
    o.value = other.version;
    select.appendChild(o);
  }
}

// -- the diff -----------------------------------------------------------------------------------

async function loadDiff() {
  if (!comparing) return;
  const round = ++diffRound;
  const against = $("verschil-tegen").value;
  const path = versionPath(comparing.table, comparing.version) + "/diff" +
    (against ? "?against=" + encodeURIComponent(against) : "");
  $("verschil-samenvatting").textContent = "Bezig met vergelijken…";
  $("verschil-interface").replaceChildren();
  $("verschil-bladen").replaceChildren();
  const r = await call("GET", path);
  if (round !== diffRound) return;
  if (!r.ok) { $("verschil-samenvatting").textContent = problemText(r.status, r.body); return; }
  showDiff(r.body);
}

function showDiff(d) {
  if (!d.against_version) {  // the active version itself, or nothing active: the server says so
    $("verschil-samenvatting").textContent = d.detail || "Geen andere versie om mee te vergelijken.";
    return;
  }
  let summary = "Versie " + short(d.version) + " vergeleken met versie " + short(d.against_version);
  summary += d.identical ? ": geen verschil in betekenis; regels, invoer, uitvoer, parameters en voorbeelden zijn gelijk."
    : ": " + summaryText(d.summary) + ".";
  $("verschil-samenvatting").textContent = summary;
  const sheets = $("verschil-bladen");
  for (const sheet of d.sheets || []) sheets.appendChild(sheetBlock(sheet));
}

const RULE_WORDS = { added: "nieuw", changed: "gewijzigd", removed: "vervallen", moved: "verplaatst" };

/** "regels 1 gewijzigd (AP-A03)", or the sheets that changed when no rule did. */
function summaryText(summary) {
  const rules = (summary && summary.rules) || {};
  const parts = Object.entries(RULE_WORDS).filter(([k]) => (rules[k] || []).length)
    .map(([k, w]) => rules[k].length + " " + w + " (" + rules[k].map((r) => r.regel_id).join(", ") + ")");
  if (parts.length) return "regels " + parts.join(", ");
  const sheets = Object.keys((summary && summary.sheets) || {});
  return "geen regel verandert" + (sheets.length ? "; wel: blad " + sheets.join(", blad ") : "");
}

function sheetBlock(sheet) {
  const block = el("div", null, "blad");
  block.dataset.sheet = sheet.sheet || sheet.kind;
  let title = "Blad " + (sheet.sheet || KINDS[sheet.kind] || sheet.kind);
  if (sheet.kind === "regels" && sheet.table) title = "Tabel " + sheet.table + ", blad " + sheet.sheet;
  if (sheet.old_sheet && sheet.new_sheet && sheet.old_sheet !== sheet.new_sheet) {
    title += ", eerst blad " + sheet.old_sheet;
  }
  block.appendChild(el("h4", title));
  const columns = [];
  if ((sheet.columns_added || []).length) columns.push("kolom erbij: " + sheet.columns_added.join(", "));
  if ((sheet.columns_removed || []).length) columns.push("kolom eraf: " + sheet.columns_removed.join(", "));
  if (columns.length) block.appendChild(el("p", columns.join("; ")));
  const table = document.createElement("table");
  const head = document.createElement("tr");
  for (const h of ["wat", "rij", "rijnummer", "kolom", "was", "wordt"]) head.appendChild(el("th", h));
  const thead = document.createElement("thead");
  thead.appendChild(head);
  table.appendChild(thead);
  const body = document.createElement("tbody");
  const add = (what, row, rows, c) => {
    const tr = document.createElement("tr");
    tr.dataset.change = what;
    cell(tr, what);
    cell(tr, row.label);
    cell(tr, rows);
    cell(tr, c ? c.column + cellRef(c) : "");
    const was = cell(tr, c && c.old != null ? c.old : "");
    const will = cell(tr, c && c.new != null ? c.new : "");
    if (c && c.old != null && what !== "vervallen") was.className = "oud";
    if (c && c.new != null) will.className = "nieuw";
    body.appendChild(tr);
  };
  const each = (what, list, rows) => {
    for (const row of list || []) {
      const cells = row.cells || [];
      if (!cells.length) add(what, row, rows(row), null);
      cells.forEach((c, i) => add(i ? "" : what, i ? { label: "" } : row, i ? "" : rows(row), c));
    }
  };
  each("nieuw", sheet.added, (r) => "rij " + r.new_row);
  each("vervallen", sheet.removed, (r) => "was rij " + r.old_row);
  each("gewijzigd", sheet.changed, (r) => r.old_row === r.new_row ? "rij " + r.new_row
    : "rij " + r.old_row + " → " + r.new_row);
  each("verplaatst", sheet.moved, (r) => "van rij " + r.old_row + " naar rij " + r.new_row);
  table.appendChild(body);
  if (body.children.length) block.appendChild(table);
  return block;
}

function cellRef(c) {
  if (c.old_cell && c.new_cell && c.old_cell !== c.new_cell) return " (" + c.old_cell + " → " + c.new_cell + ")";
  return c.new_cell || c.old_cell ? " (" + (c.new_cell || c.old_cell) + ")" : "";
}

// -- the impact on the decision log --------------------------------------------------------------

function clearImpact() {
  impactRound++;
  $("impact-samenvatting").textContent = "";
  $("impact-proefgevallen").textContent = "";
  for (const id of ["impact-uitkomsten", "impact-regels", "impact-invoer"]) $(id).replaceChildren();
  for (const id of ["impact-uitkomsten-blok", "impact-regels-blok", "impact-invoer-blok"]) $(id).hidden = true;
}

async function loadImpact() {
  if (!comparing) return;
  clearImpact();
  const from = $("impact-van").value, to = $("impact-tot").value;
  if (!from || !to) { $("impact-samenvatting").textContent = "Kies de eerste en de laatste dag van de periode."; return; }
  if (to < from) { $("impact-samenvatting").textContent = "De periode eindigt vóór ze begint."; return; }
  const round = impactRound;
  $("impact-samenvatting").textContent = "Bezig met doorrekenen van de beslissingen van " + dayText(from) +
    " tot en met " + dayText(to) + "…";
  const r = await call("POST", versionPath(comparing.table, comparing.version) + "/impact", { json: { from, to } });
  if (round !== impactRound) return;
  if (!r.ok) { $("impact-samenvatting").textContent = problemText(r.status, r.body); return; }
  showImpactReport(r.body);
}

function showImpactReport(report) {
  const period = report.period || {};
  const n = report.decisions || 0, changed = report.changed || 0;
  let text = COUNT.format(n) + " beslissingen van " + dayText(period.from) + " tot en met " + dayText(period.to) +
    " opnieuw beslist met versie " + short(report.version) + "; ";
  text += n ? COUNT.format(changed) + " (" + SHARE.format(changed / n) + ") krijgen een andere uitkomst."
    : "er zijn in die periode geen beslissingen vastgelegd.";
  const against = (report.against_version || []).map((a) => "versie " + short(a.version) + ": " +
    COUNT.format(a.decisions) + " beslissingen, " + COUNT.format(a.changed) + " anders");
  if (against.length) text += " Genomen met " + against.join("; ") + ".";
  $("impact-samenvatting").textContent = text;

  for (const group of report.by_outcome || []) {
    const row = document.createElement("tr");
    cell(row, outcomeWords(group.from));
    cell(row, outcomeWords(group.to));
    cell(row, COUNT.format(group.count));
    cell(row, examplesText(group.examples), "versie");
    $("impact-uitkomsten").appendChild(row);
  }
  $("impact-uitkomsten-blok").hidden = !(report.by_outcome || []).length;

  for (const group of report.by_rows || []) {
    const row = document.createElement("tr");
    const rows = (group.rows || []).map((r) => r.table + " › " + r.regel_id);
    cell(row, rows.length ? rows.join(", ") : "geen gewijzigde regel (bijvoorbeeld een andere parameter)");
    cell(row, COUNT.format(group.count));
    cell(row, examplesText(group.examples), "versie");
    $("impact-regels").appendChild(row);
  }
  $("impact-regels-blok").hidden = !(report.by_rows || []).length;

  for (const input of report.by_inputs || []) $("impact-invoer").appendChild(inputBlock(input));
  $("impact-invoer-blok").hidden = !(report.by_inputs || []).length;

  const made = report.constructed;  // apart from the real decisions, and said so
  $("impact-proefgevallen").textContent = made ? "Daarnaast " + COUNT.format(made.cases) + " proefgevallen rond de " +
    "grenzen van de tabel, waarvan " + COUNT.format(made.changed) + " met een andere uitkomst. " + made.note : "";
}

/** An outcome group: the outputs by name, or the refusal the version gives instead. */
function outcomeWords(outcome) {
  if (!outcome) return "";
  if (outcome.fout) {
    return "geen beslissing: " + outcome.fout + (outcome.velden && outcome.velden.length
      ? " (" + outcome.velden.join(", ") + ")" : "");
  }
  return Object.entries(outcome).map(([k, v]) => k + ": " + valueText(v)).join("; ");
}

function examplesText(ids) { return (ids || []).slice(0, 3).join(", "); }

function inputBlock(input) {
  const block = el("div", null, "invoer");
  block.dataset.input = input.input;
  block.appendChild(el("p", input.input + " (verschil in spreiding tussen de veranderde en alle beslissingen: " +
                       SHARE.format(input.score) + ")"));
  const table = document.createElement("table");
  const head = document.createElement("tr");
  for (const h of ["waarde", "beslissingen", "daarvan anders", "deel van de veranderde", "kans op verandering",
                   "voorbeelden"]) head.appendChild(el("th", h));
  const thead = document.createElement("thead");
  thead.appendChild(head);
  table.appendChild(thead);
  const body = document.createElement("tbody");
  for (const v of input.values || []) {
    const row = document.createElement("tr");
    cell(row, valueText(v.value));
    cell(row, COUNT.format(v.decisions));
    cell(row, COUNT.format(v.changed));
    cell(row, SHARE.format(v.share_of_changed));
    cell(row, SHARE.format(v.changed_rate));
    cell(row, examplesText(v.examples), "versie");
    body.appendChild(row);
  }
  table.appendChild(body);
  block.appendChild(table);
  return block;
}

$("verschil-tegen").addEventListener("change", loadDiff);
$("impact-doorrekenen").addEventListener("click", loadImpact);
