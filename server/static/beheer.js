// The officers' console: the tables and their versions (GET /v1/tables), and publishing through
// the admin endpoints (stage a workbook, see its diagnostics or its impact, activate, roll back).
// Everything shown comes from this service; text from the server is always set as text.
"use strict";

const $ = (id) => document.getElementById(id);
let tables = [];
let selected = null;  // table id
let staged = null;    // {table_id, version} of the version just staged

function short(version) { return version ? version.slice(0, 12) : "—"; }

function period(p) {
  if (p.geldig_van && p.geldig_tot) return p.geldig_van + " t/m " + p.geldig_tot;
  if (p.geldig_van) return "vanaf " + p.geldig_van;
  if (p.geldig_tot) return "t/m " + p.geldig_tot;
  return "altijd";
}

function periods(list) {
  if (!list || !list.length) return "—";
  return list.map(period).join("; ");
}

function cell(row, text, className) {
  const td = document.createElement("td");
  td.textContent = text == null ? "" : String(text);
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function adminHeaders() {
  const h = { Accept: "application/json" };
  const token = $("token").value.trim();
  if (token) h.Authorization = "Bearer " + token;
  return h;
}

function say(text, ok) {
  const m = $("melding");
  m.textContent = text;
  m.className = ok === undefined ? "" : ok ? "goed" : "fout";
}

function clearResult() {
  say("");
  for (const id of ["meldingen", "gevolgen", "mislukt"]) $(id).hidden = true;
  for (const id of ["meldinglijst", "verschuivingen", "mislukt-lijst"]) $(id).replaceChildren();
  $("voorbeeldgevallen").textContent = "";
  staged = null;
}

async function readBody(response) {
  const text = await response.text();
  try { return JSON.parse(text); } catch (e) { return { detail: text }; }
}

function problemText(status, body) {
  const code = body.code ? " (" + body.code + ")" : "";
  return status + " " + (body.title || "") + code + ": " + (body.detail || "");
}

async function loadTables() {
  const response = await fetch("/v1/tables", { headers: adminHeaders() });
  const body = await readBody(response);
  if (!response.ok) { say(problemText(response.status, body), false); return; }
  tables = body.tables;
  const list = $("tabellijst");
  list.replaceChildren();
  for (const t of tables) {
    const row = document.createElement("tr");
    const first = document.createElement("td");
    const link = document.createElement("a");
    link.href = "#" + t.id;
    link.textContent = t.id;
    link.dataset.table = t.id;
    link.addEventListener("click", (event) => { event.preventDefault(); select(t.id); });
    first.appendChild(link);
    row.appendChild(first);
    cell(row, t.title);
    cell(row, short(t.version), "versie");
    cell(row, periods(t.periods));
    list.appendChild(row);
  }
  if (selected) showTable(selected);
}

function select(tableId) {
  clearResult();
  selected = tableId;
  showTable(tableId);
  history.replaceState(null, "", "#" + tableId);
}

function showTable(tableId) {
  const t = tables.find((x) => x.id === tableId);
  if (!t) return;
  $("tabel").hidden = false;
  $("tabel-titel").textContent = t.id + " – " + t.title;
  const body = $("versies");
  body.replaceChildren();
  const versions = (t.versions || []).slice().reverse();  // newest first
  for (const v of versions) {
    const row = document.createElement("tr");
    row.dataset.version = v.version;
    cell(row, short(v.version), "versie").title = v.version;
    cell(row, v.staged_at ? v.staged_at.slice(0, 19).replace("T", " ") : "");
    cell(row, v.source);
    cell(row, v.filename);
    cell(row, periods(v.periods));
    cell(row, v.active ? "actief" : (v.activated_at && v.activated_at.length ? "eerder actief" : "klaargezet"),
         v.active ? "goed" : "");
    const action = document.createElement("td");
    if (!v.active) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "activeer";
      button.textContent = v.activated_at && v.activated_at.length ? "Terugzetten" : "Activeren";
      button.addEventListener("click", () => activate(tableId, v.version));
      action.appendChild(button);
    }
    row.appendChild(action);
    body.appendChild(row);
  }
  showQuota(t);
}

let quotaRound = 0;  // only the newest of overlapping redraws writes the table

async function showQuota(t) {
  $("quotum").hidden = !t.quota;
  if (!t.quota) return;
  const round = ++quotaRound;
  const response = await fetch("/v1/quota?table_id=" + encodeURIComponent(t.id), { headers: adminHeaders() });
  const body = await readBody(response);
  if (!response.ok) { say(problemText(response.status, body), false); return; }
  const year = Number(body.today.slice(0, 4));
  $("quotum-info").textContent = "Per " + t.quota.key + " en kalenderjaar; de dienst vult " + t.quota.counter +
    " in uit deze stand. Vandaag is " + body.today + ".";
  const ids = new Set(t.quota.keys.map((k) => k + "/" + year));  // this year's, counted or not
  for (const q of body.quota) ids.add(q.key + "/" + q.year);      // and every line ever counted
  const sorted = [...ids].sort();
  // each line as the service states it: the maximum in force that year, even before a first count
  const lines = await Promise.all(sorted.map(async (id) => {
    const response = await fetch("/v1/quota/" + t.id + "/" + id, { headers: adminHeaders() });
    return response.ok ? response.json() : null;
  }));
  if (round !== quotaRound) return;
  const list = $("quotumlijst");
  list.replaceChildren();
  sorted.forEach((id, i) => {
    const [key, y] = id.split("/");
    const q = lines[i];
    const row = document.createElement("tr");
    row.dataset.line = id;
    cell(row, key);
    cell(row, y);
    cell(row, q ? q.maximum : "geen quotum");
    cell(row, q ? q.granted : "—");
    cell(row, q ? q.remaining : "—");
    list.appendChild(row);
  });
  const select = $("q-sleutel");
  const chosen = select.value;
  select.replaceChildren();
  for (const key of t.quota.keys) {
    const o = document.createElement("option");
    o.value = key; o.textContent = key;
    select.appendChild(o);
  }
  if (chosen) select.value = chosen;
  if (!$("q-jaar").value) $("q-jaar").value = year;
}

async function correctQuota() {
  clearResult();
  const key = $("q-sleutel").value, year = $("q-jaar").value, stand = $("q-stand").value.trim();
  if (!selected || !key || !year || stand === "") { say("Vul sleutel, jaar en nieuwe stand in.", false); return; }
  const headers = Object.assign(adminHeaders(), { "Content-Type": "application/json" });
  const response = await fetch("/v1/quota/" + selected + "/" + encodeURIComponent(key) + "/" + year + "/correction", {
    method: "POST", headers,
    body: JSON.stringify({ granted: Number(stand), reason: $("q-reden").value }),
  });
  const body = await readBody(response);
  if (!response.ok) {
    const fields = body.errors ? " " + Object.entries(body.errors).map(([k, v]) => k + ": " + v.join(" ")).join("; ") : "";
    say(problemText(response.status, body) + fields, false);
    return;
  }
  say("De stand van " + key + " in " + year + " is nu " + body.granted + " van " + body.maximum + ".", true);
  $("q-stand").value = "";
  $("q-reden").value = "";
  await loadTables();
}

async function stage() {
  clearResult();
  if (!selected) { say("Kies eerst een tabel.", false); return; }
  const file = $("werkboek").files[0];
  if (!file) { say("Kies eerst een werkboek (.xlsx).", false); return; }
  const form = new FormData();
  form.append("werkboek", file, file.name);
  say("Bezig met controleren…");
  const response = await fetch("/v1/tables/" + selected + "/versions",
                               { method: "POST", headers: adminHeaders(), body: form });
  const body = await readBody(response);
  if (body.diagnostics && body.diagnostics.length) showDiagnostics(body.diagnostics);
  if (!response.ok) {
    say(body.code === "ongeldig_werkboek"
      ? "Het werkboek heeft fouten; er is niets veranderd. Los de meldingen hieronder op."
      : problemText(response.status, body), false);
    return;
  }
  staged = { table_id: body.table_id, version: body.version };
  say("Versie " + short(body.version) + (body.created ? " is klaargezet." : " stond al klaar.") +
      " Bekijk wat ze zou veranderen en activeer haar als dat klopt.", true);
  showImpact(body.impact);
  await loadTables();
}

function showDiagnostics(diagnostics) {
  const list = $("meldinglijst");
  for (const d of diagnostics) {
    const row = document.createElement("tr");
    row.className = d.severity === "fout" ? "fout" : "";
    cell(row, d.plaats);
    cell(row, d.code);
    cell(row, d.message);
    list.appendChild(row);
  }
  $("meldingen").hidden = false;
}

function showImpact(impact) {
  $("gevolgen").hidden = false;
  const summary = $("gevolgen-samenvatting");
  if (!impact) {
    summary.textContent = "Er is nog geen actieve versie om mee te vergelijken.";
    return;
  }
  summary.textContent = impact.cases + " gevallen beslist met de actieve en de nieuwe versie; " +
    impact.changed + " krijgen een andere uitkomst.";
  const shifts = $("verschuivingen");
  for (const s of impact.shifts) {
    const row = document.createElement("tr");
    cell(row, s.old);
    cell(row, s.new);
    cell(row, s.count);
    shifts.appendChild(row);
  }
  $("voorbeeldgevallen").textContent = JSON.stringify(impact.examples, null, 2);
}

async function activate(tableId, version) {
  clearResult();
  say("Bezig met activeren (de voorbeelden worden eerst doorgerekend)…");
  const response = await fetch("/v1/tables/" + tableId + "/versions/" + version + "/activate",
                               { method: "POST", headers: adminHeaders() });
  const body = await readBody(response);
  if (!response.ok) {
    say(problemText(response.status, body), false);
    if (body.failures) {
      const list = $("mislukt-lijst");
      for (const f of body.failures) {
        const item = document.createElement("li");
        item.textContent = f.melding;
        list.appendChild(item);
      }
      $("mislukt").hidden = false;
    }
    return;
  }
  say("Versie " + short(version) + " is actief" + (body.already_active ? " (dat was ze al)." : "."), true);
  await loadTables();
}

$("klaarzetten").addEventListener("click", stage);
$("q-corrigeren").addEventListener("click", correctQuota);
$("activeren").addEventListener("click", () => { if (staged) activate(staged.table_id, staged.version); });
$("token").value = sessionStorage.getItem("regelwerk-beheer") || "";
$("token").addEventListener("change", () => {
  sessionStorage.setItem("regelwerk-beheer", $("token").value);
  loadTables();  // with API_KEYS set, the list needs the key too
});
selected = decodeURIComponent(location.hash.slice(1)) || null;
loadTables();
