// The officers' console: who is logged in (GET /v1/me), the tables and what waits for review
// (GET /v1/tables), one version's life (GET …/versions/<v>), and the publishing steps through the
// admin endpoints: stage, propose, approve, reject, roll back (with a confirmation), the audit trail.
// Everything shown comes from this service; text from the server is always set as text.
"use strict";

const $ = (id) => document.getElementById(id);
const STORE_KEY = "regelwerk-beheer";  // sessionStorage: the token lives as long as this tab
let token = sessionStorage.getItem(STORE_KEY) || "";
let me = null;        // {name, role, may} from /v1/me
let tables = [];      // live tables and tables waiting for a first version, each with versions/publication
let selected = null;  // table id
let shown = null;     // {table, version, state} of the version in the detail view
let detailRound = 0;  // only the newest of overlapping redraws writes the detail view

const STATES = {
  klaargezet: "klaargezet", voorgesteld: "voorgesteld, wacht op beoordeling", goedgekeurd: "goedgekeurd",
  afgewezen: "afgewezen", actief: "actief", vervangen: "eerder actief", niet_ingelezen: "nog niet ingelezen",
};
const ACTIONS = {
  klaargezet: "werkboek klaargezet", voorgesteld: "voorgesteld", goedgekeurd: "goedgekeurd",
  afgewezen: "afgewezen", geactiveerd: "actief geworden", teruggezet: "teruggezet (noodingreep)",
  beslissing_ingetrokken: "beslissing ingetrokken", quotum_gecorrigeerd: "quotum gecorrigeerd",
  gebruiker_toegevoegd: "gebruiker toegevoegd", gebruiker_ingetrokken: "gebruiker ingetrokken",
};
const RIGHTS = {
  klaarzetten: "werkboeken klaarzetten", voorstellen: "versies voorstellen",
  goedkeuren: "voorstellen van anderen goedkeuren", afwijzen: "voorstellen afwijzen",
  terugzetten: "direct een eerdere versie terugzetten", intrekken: "beslissingen intrekken",
  corrigeren: "quota corrigeren", audit: "het auditlogboek inzien",
};
const SOURCES = { upload: "geüpload", map: "tabellenmap", terugzetting: "terugzetting" };

// -- small helpers ------------------------------------------------------------------------------

function short(version) { return version ? version.slice(0, 12) : "—"; }

const MOMENT = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const DAY = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });
const CLOCK = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });

function when(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  return isNaN(d) ? iso : MOMENT.format(d);
}

function effective(iso) {
  // A date of effect is usually midnight in the Netherlands: show the day only.
  if (!iso) return "direct na goedkeuring";
  const d = new Date(iso);
  if (isNaN(d)) return iso;
  return CLOCK.format(d) === "00:00" ? DAY.format(d) : MOMENT.format(d);
}

function period(p) {
  if (p.geldig_van && p.geldig_tot) return p.geldig_van + " t/m " + p.geldig_tot;
  if (p.geldig_van) return "vanaf " + p.geldig_van;
  if (p.geldig_tot) return "t/m " + p.geldig_tot;
  return "altijd";
}

function periods(list) { return list && list.length ? list.map(period).join("; ") : "—"; }

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function cell(row, text, className) {
  const td = el("td", text == null ? "" : text, className);
  row.appendChild(td);
  return td;
}

function button(text, className, onClick) {
  const b = el("button", text, className);
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}

function headers(extra) {
  const h = Object.assign({ Accept: "application/json" }, extra || {});
  if (token) h.Authorization = "Bearer " + token;
  return h;
}

async function call(method, path, { json, form } = {}) {
  const init = { method, headers: headers(json !== undefined ? { "Content-Type": "application/json" } : {}) };
  if (json !== undefined) init.body = JSON.stringify(json);
  if (form) init.body = form;
  const response = await fetch(path, init);
  const text = await response.text();
  let body;
  try { body = JSON.parse(text); } catch (e) { body = { detail: text }; }
  return { ok: response.ok, status: response.status, body };
}

function say(text, ok) {
  const m = $("melding");
  m.textContent = text;
  m.className = ok === undefined ? "" : ok ? "goed" : "fout";
}

/** The server's own Dutch words for a refusal, with its fields. */
function problemText(status, body) {
  let text = (body.title ? body.title + ": " : "") + (body.detail || "") + " (" + status +
    (body.code ? ", " + body.code : "") + ")";
  if (body.errors) {
    text += " " + Object.entries(body.errors).map(([k, v]) => k + ": " + [].concat(v).join(" ")).join("; ");
  }
  return text;
}

function tablePath(tableId) { return "/v1/tables/" + tableId.split("/").map(encodeURIComponent).join("/"); }

function versionPath(tableId, version) { return tablePath(tableId) + "/versions/" + version; }

// -- who is logged in ---------------------------------------------------------------------------

async function login(event) {
  if (event) event.preventDefault();
  const given = $("token").value.trim();
  if (!given) { say("Vul uw persoonlijke token in.", false); return; }
  token = given;
  say("Bezig met aanmelden…");
  const ok = await whoAmI();
  if (ok) {
    sessionStorage.setItem(STORE_KEY, token);
    $("token").value = "";
  }
  await loadTables();
  if (may("audit")) await loadAudit();
  if (ok) say("Aangemeld als " + me.name + " (" + me.role + ").", true);
}

async function whoAmI() {
  me = null;
  if (token) {
    const r = await call("GET", "/v1/me");
    if (r.ok) {
      me = r.body;
    } else {
      token = "";
      sessionStorage.removeItem(STORE_KEY);
      say(r.status === 401 ? "Dit token is onbekend of ingetrokken; u bent niet aangemeld."
        : problemText(r.status, r.body), false);
    }
  }
  showWho();
  return me !== null;
}

function logout() {
  token = "";
  me = null;
  sessionStorage.removeItem(STORE_KEY);
  showWho();
  say("U bent afgemeld.");
  loadTables();
}

function may(action) { return Boolean(me && me.may && me.may[action]); }

function showWho() {
  $("aanmeldformulier").hidden = me !== null;
  $("aangemeld").hidden = me === null;
  $("rechten").hidden = me === null;
  $("klaarzetten-blok").hidden = !may("klaarzetten");
  $("quotum-correctie").hidden = !may("corrigeren");
  $("audit").hidden = !may("audit");
  if (!me) { $("auditlijst").replaceChildren(); return; }
  $("wie").textContent = "Aangemeld als " + me.name + " (" + me.role + ")";
  const rights = Object.keys(RIGHTS).filter(may).map((a) => RIGHTS[a]);
  $("rechten").textContent = rights.length ? "U mag: " + rights.join(", ") + "." : "U mag alleen kijken.";
}

// -- the tables ---------------------------------------------------------------------------------

async function loadTables() {
  const r = await call("GET", "/v1/tables");
  if (!r.ok) { say(problemText(r.status, r.body), false); return; }
  tables = r.body.tables.concat((r.body.waiting || []).map((w) => Object.assign({ title: "", waiting: true }, w)));
  const list = $("tabellijst");
  list.replaceChildren();
  for (const t of tables) {
    const row = document.createElement("tr");
    row.dataset.table = t.id;
    if (t.id === selected) row.className = "gekozen";
    const first = document.createElement("td");
    const link = el("a", t.id);
    link.href = "#" + t.id;
    link.dataset.table = t.id;
    link.addEventListener("click", (event) => { event.preventDefault(); select(t.id); });
    first.appendChild(link);
    row.appendChild(first);
    cell(row, t.title || "");
    const pub = t.publication || {};
    cell(row, pub.active_version ? short(pub.active_version) : "nog geen actieve versie", "versie actief");
    const waiting = cell(row, "", "wacht");
    const pending = pub.pending || [];
    if (!pending.length) waiting.textContent = "—";
    else {
      const ul = document.createElement("ul");
      for (const v of pending) ul.appendChild(el("li", pendingText(v)));
      waiting.appendChild(ul);
    }
    cell(row, folderText(pub.folder), "map");
    list.appendChild(row);
  }
  if (selected) showTable(selected);
  if (shown) showVersion(shown.table, shown.version);
  if (may("audit") && $("auditlijst").children.length) loadAudit();
}

/** A pending version in words: who proposed it, why, and when it takes effect. */
function pendingText(v) {
  const p = v.proposal || {};
  let text = short(v.version) + ": voorgesteld door " + (p.by || "?") + " op " + when(p.at);
  if (p.reason) text += " (" + p.reason + ")";
  if (v.state === "goedgekeurd") {
    text += "; goedgekeurd door " + (v.approval ? v.approval.by : "?") + ", gaat in op " + effective(v.effective_from);
  } else {
    text += "; ingangsdatum: " + effective(v.effective_from);
  }
  return text;
}

function folderText(folder) {
  if (!folder) return "geen bestand";
  if (!folder.differs_from_active) return folder.file + ": gelijk aan de actieve versie";
  return folder.file + ": wijkt af van de actieve versie (" + short(folder.version) + ", " +
    (STATES[folder.state] || folder.state) + ")";
}

function select(tableId) {
  selected = tableId;
  shown = null;
  $("versie").hidden = true;
  clearCheck();
  say("");
  history.replaceState(null, "", "#" + tableId);
  for (const row of $("tabellijst").children) row.className = row.dataset.table === tableId ? "gekozen" : "";
  showTable(tableId);
  if (may("audit") && $("audit-tabel").checked) loadAudit();
}

function showTable(tableId) {
  const t = tables.find((x) => x.id === tableId);
  if (!t) return;
  $("tabel").hidden = false;
  $("tabel-titel").textContent = t.id + (t.title ? " – " + t.title : "");
  const body = $("versies");
  body.replaceChildren();
  for (const v of (t.versions || []).slice().reverse()) {  // newest first
    const row = document.createElement("tr");
    row.dataset.version = v.version;
    row.dataset.state = v.state || "";
    cell(row, short(v.version), "versie").title = v.version;
    cell(row, when(v.staged_at));
    cell(row, v.staged ? v.staged.by : (SOURCES[v.source] || v.source));
    cell(row, v.filename);
    cell(row, periods(v.periods));
    let state = STATES[v.state] || v.state || (v.active ? "actief" : "klaargezet");
    if (v.state === "goedgekeurd" && v.scheduled) state = "goedgekeurd, gepland";
    cell(row, state, "status" + (v.state === "actief" ? " goed" : ""));
    cell(row, ["voorgesteld", "goedgekeurd"].includes(v.state) ? effective(v.effective_from) : "");
    const action = document.createElement("td");
    action.appendChild(button("Bekijken", "bekijk", () => { clearCheck(); say(""); showVersion(tableId, v.version); }));
    row.appendChild(action);
    body.appendChild(row);
  }
  if (t.quota) showQuota(t);
  else $("quotum").hidden = true;
}

// -- one version --------------------------------------------------------------------------------

async function showVersion(tableId, version) {
  const round = ++detailRound;
  const r = await call("GET", versionPath(tableId, version));
  if (round !== detailRound) return;
  if (!r.ok) { say(problemText(r.status, r.body), false); return; }
  const v = r.body;
  if (!shown || shown.version !== version) {  // a reason or date typed for another version is not this one's
    $("reden").value = "";
    $("ingangsdatum").value = "";
  }
  shown = { table: tableId, version, state: v };
  $("versie").hidden = false;
  $("versie").dataset.version = version;
  $("versie").dataset.state = v.state;
  $("versie-titel").textContent = "Versie " + short(version) + " van " + tableId;
  const facts = $("versie-gegevens");
  facts.replaceChildren();
  const fact = (label, text, className) => {
    facts.appendChild(el("dt", label));
    facts.appendChild(el("dd", text, className));
  };
  fact("versie", version, "versie");
  fact("status", STATES[v.state] || v.state, "status");
  if (v.filename) fact("bestand", v.filename);
  const step = (s) => s.by + " (" + s.role + "), " + when(s.at) + (s.reason ? ": " + s.reason : "");
  if (v.staged) fact("klaargezet door", step(v.staged));
  if (v.interface_change) fact("let op", "De invoer, uitvoer of titel verandert met deze versie.", "fout");
  if (v.proposal) fact("voorgesteld door", step(v.proposal), "voorstel");
  if (v.proposal && ["voorgesteld", "goedgekeurd"].includes(v.state)) fact("ingangsdatum", effective(v.effective_from));
  if (v.approval) fact("goedgekeurd door", step(v.approval), "goedkeuring");
  if (v.rejection) fact("afgewezen door", step(v.rejection), "afwijzing");
  showDiagnostics(v.diagnostics || [], "versie-meldinglijst", "versie-meldingen");
  showHistory(v.history || []);
  showActions(tableId, version, v);
  showComparison(tableId, version, v);  // beheer-vergelijk.js: the diff and the impact on the log
}

function showHistory(events) {
  const body = $("geschiedenis");
  body.replaceChildren();
  for (const e of events) {
    const row = document.createElement("tr");
    row.dataset.action = e.action;
    cell(row, when(e.at));
    cell(row, e.actor);
    cell(row, e.role);
    let what = ACTIONS[e.action] || e.action;
    if (e.action === "voorgesteld" && e.effective_at) what += ", ingangsdatum " + effective(e.effective_at);
    if (e.details && e.details.gepland) what += " (op de ingangsdatum)";
    cell(row, what);
    cell(row, e.reason || "");
    body.appendChild(row);
  }
}

function wasActive(v) {
  return v.state === "vervangen" || (v.history || []).some((e) => e.action === "geactiveerd" || e.action === "teruggezet");
}

/** Only the steps this person may take on this version now; the server checks them again. */
function showActions(tableId, version, v) {
  const own = Boolean(me && v.proposal && v.proposal.by === me.name);
  const offer = {
    voorstellen: ["klaargezet", "afgewezen", "vervangen"].includes(v.state) && may("voorstellen"),
    goedkeuren: v.state === "voorgesteld" && may("goedkeuren") && !own,
    afwijzen: ["voorgesteld", "goedgekeurd"].includes(v.state) && (may("afwijzen") || own),
    terugzetten: v.state !== "actief" && wasActive(v) && may("terugzetten"),
  };
  for (const [id, on] of Object.entries(offer)) $(id).hidden = !on;
  $("ingang-label").hidden = !offer.voorstellen;
  $("afwijzen").textContent = own ? (v.state === "goedgekeurd" ? "Planning intrekken" : "Voorstel intrekken")
    : v.state === "goedgekeurd" ? "Planning intrekken (afwijzen)" : "Afwijzen";
  const notes = [];
  if (!me) notes.push("Meld u aan om deze versie voor te stellen of te beoordelen.");
  else if (v.state === "actief") notes.push("Deze versie is nu actief.");
  else if (v.state === "voorgesteld" && own) notes.push("U stelde deze versie zelf voor; een ander moet haar goedkeuren.");
  else if (v.state === "voorgesteld" && !may("goedkeuren")) notes.push("Deze versie wacht op een beoordelaar.");
  if (v.state === "goedgekeurd") notes.push("Goedgekeurd; deze versie wordt actief op " + effective(v.effective_from) + ".");
  if (offer.goedkeuren) notes.push("Goedkeuren maakt de versie actief (of op haar ingangsdatum).");
  if (offer.terugzetten) notes.push("Terugzetten maakt deze eerder actieve versie direct weer actief (noodingreep).");
  $("acties-uitleg").textContent = notes.join(" ");
  const any = Object.values(offer).some(Boolean);
  $("reden-label").hidden = !any;
  $("acties").hidden = !any && !notes.length;
  if (!any) $("reden").value = "";
}

const STEPS = {
  proposal: { button: "voorstellen", busy: "Bezig met voorstellen (de voorbeelden worden doorgerekend)…" },
  approval: { button: "goedkeuren", busy: "Bezig met goedkeuren…" },
  rejection: { button: "afwijzen", busy: "Bezig met afwijzen…" },
};

async function take(kind) {
  if (!shown) return;
  const { table, version } = shown;
  clearFailures();
  const reason = $("reden").value.trim();
  if (!reason) { say("Vul een reden in; die wordt vastgelegd.", false); $("reden").focus(); return; }
  const json = { reason };
  if (kind === "proposal" && $("ingangsdatum").value) json.effective_from = $("ingangsdatum").value;
  say(STEPS[kind].busy);
  const r = await call("POST", versionPath(table, version) + "/" + kind, { json });
  if (!r.ok) {
    say(problemText(r.status, r.body), false);
    if (r.body.failures) showFailures(r.body.failures);
    return;
  }
  $("reden").value = "";
  $("ingangsdatum").value = "";
  say(doneText(kind, r.body), true);
  await loadTables();
}

function doneText(kind, v) {
  const name = "Versie " + short(v.version);
  if (kind === "proposal") {
    return name + " is voorgesteld" + (v.effective_from ? " met ingangsdatum " + effective(v.effective_from) : "") +
      "; een ander moet haar nu goedkeuren.";
  }
  if (kind === "approval") {
    return v.state === "actief" ? name + " is goedgekeurd en nu actief."
      : name + " is goedgekeurd en wordt actief op " + effective(v.effective_from) + ".";
  }
  return name + " is afgewezen; ze wordt niet actief.";
}

function showFailures(failures) {
  const list = $("mislukt-lijst");
  for (const f of failures) {
    const row = document.createElement("tr");
    cell(row, f.voorbeeld);
    cell(row, f.rij);
    cell(row, f.melding);
    list.appendChild(row);
  }
  $("mislukt").hidden = false;
}

function clearFailures() {
  $("mislukt-lijst").replaceChildren();
  $("mislukt").hidden = true;
}

// -- rolling back, with a confirmation ----------------------------------------------------------

function askRollback() {
  if (!shown) return;
  const t = tables.find((x) => x.id === shown.table) || {};
  const active = t.publication && t.publication.active_version;
  $("bevestig-tekst").textContent = "Versie " + short(shown.version) + (shown.state.filename ? " (" + shown.state.filename + ")" : "") +
    " wordt weer de actieve versie van " + shown.table + (active ? ", in plaats van versie " + short(active) : "") + ".";
  $("bevestig-reden").value = $("reden").value;
  $("bevestig-melding").textContent = "";
  $("bevestiging").showModal();
  $("bevestig-reden").focus();
}

async function confirmRollback() {
  const reason = $("bevestig-reden").value.trim();
  if (!reason) { $("bevestig-melding").textContent = "Vul een reden in; die wordt vastgelegd."; return; }
  const { table, version } = shown;
  $("bevestiging").close();
  say("Bezig met terugzetten (de voorbeelden worden eerst doorgerekend)…");
  clearFailures();
  const r = await call("POST", versionPath(table, version) + "/activate", { json: { reason } });
  if (!r.ok) {
    say(problemText(r.status, r.body), false);
    if (r.body.failures) showFailures(r.body.failures);
    return;
  }
  $("reden").value = "";
  say("Versie " + short(version) + " is teruggezet en nu actief" + (r.body.already_active ? " (dat was ze al)." : "."), true);
  await loadTables();
}

function cancelRollback() {
  $("bevestiging").close();
  say("Terugzetten geannuleerd; er is niets veranderd.");
}

// -- staging ------------------------------------------------------------------------------------

function clearCheck() {
  $("controle").hidden = true;
  for (const id of ["meldingen", "gevolgen", "verschillen"]) $(id).hidden = true;
  for (const id of ["meldinglijst", "verschuivingen", "verschillenlijst", "voorbeeldgevallen"]) $(id).replaceChildren();
  clearFailures();
}

async function stage() {
  clearCheck();
  if (!selected) { say("Kies eerst een tabel.", false); return; }
  const file = $("werkboek").files[0];
  if (!file) { say("Kies eerst een werkboek (.xlsx).", false); return; }
  const form = new FormData();
  form.append("werkboek", file, file.name);
  if ($("interface").checked) form.append("interface_change", "true");
  say("Bezig met controleren…");
  const r = await call("POST", tablePath(selected) + "/versions", { form });
  const body = r.body;
  $("controle").hidden = false;
  if (body.diagnostics && body.diagnostics.length) showDiagnostics(body.diagnostics, "meldinglijst", "meldingen");
  if (!r.ok) {
    if (body.code === "ongeldig_werkboek") {
      say("Het werkboek heeft fouten; er is niets veranderd. Los de meldingen hieronder op.", false);
    } else if (body.code === "ander_werkboek") {
      say("Dit werkboek hoort niet bij " + selected + "; er is niets veranderd.", false);
      for (const d of body.differences || []) $("verschillenlijst").appendChild(el("li", d));
      $("verschillen").hidden = false;
    } else {
      say(problemText(r.status, body), false);
    }
    return;
  }
  $("werkboek").value = "";
  $("interface").checked = false;
  say("Versie " + short(body.version) + (body.created ? " is klaargezet" : " stond al klaar") +
      (body.interface_change ? " (met een andere invoer, uitvoer of titel)" : "") +
      ". Bekijk wat ze zou veranderen en stel haar hieronder voor, met een reden.", true);
  showImpact(body.impact);
  shown = { table: body.table_id, version: body.version, state: {} };
  $("reden").value = "";
  $("ingangsdatum").value = "";
  await loadTables();
}

function showDiagnostics(diagnostics, listId, blockId) {
  const list = $(listId);
  list.replaceChildren();
  for (const d of diagnostics) {
    const row = document.createElement("tr");
    row.className = d.severity === "fout" ? "fout" : "";
    cell(row, d.plaats);
    cell(row, d.code);
    cell(row, d.severity);
    cell(row, d.message);
    list.appendChild(row);
  }
  $(blockId).hidden = !diagnostics.length;
}

function outcomeText(outcome) {
  if (!outcome) return "";
  if (outcome.fout) return "geen beslissing (" + outcome.fout + ")";
  const parts = Object.entries(outcome.outputs || {}).map(([k, v]) => k + ": " + valueText(v));
  if (outcome.regels && outcome.regels.length) parts.push("regels " + outcome.regels.join(", "));
  return parts.join("; ");
}

function valueText(v) {
  if (v === null || v === undefined || (Array.isArray(v) && !v.length)) return "leeg";
  if (Array.isArray(v)) return v.join(", ");
  if (v === true) return "ja";
  if (v === false) return "nee";
  return String(v);
}

function showImpact(impact) {
  $("gevolgen").hidden = false;
  const summary = $("gevolgen-samenvatting");
  if (!impact) { summary.textContent = "Er is nog geen actieve versie om mee te vergelijken."; return; }
  summary.textContent = impact.cases + " proefgevallen beslist met de actieve en de nieuwe versie; " +
    impact.changed + " krijgen een andere uitkomst.";
  for (const s of impact.shifts) {
    const row = document.createElement("tr");
    cell(row, s.old);
    cell(row, s.new);
    cell(row, s.count);
    $("verschuivingen").appendChild(row);
  }
  for (const ex of impact.examples || []) {
    const row = document.createElement("tr");
    cell(row, Object.entries(ex.facts).map(([k, v]) => k + ": " + valueText(v)).join("; "));
    cell(row, outcomeText(ex.old));
    cell(row, outcomeText(ex.new));
    $("voorbeeldgevallen").appendChild(row);
  }
  $("voorbeeldgevallen-blok").hidden = !(impact.examples || []).length;
}

// -- quota --------------------------------------------------------------------------------------

let quotaRound = 0;  // only the newest of overlapping redraws writes the table

async function showQuota(t) {
  $("quotum").hidden = false;
  const round = ++quotaRound;
  const r = await call("GET", "/v1/quota?table_id=" + encodeURIComponent(t.id));
  if (!r.ok) { say(problemText(r.status, r.body), false); return; }
  const year = Number(r.body.today.slice(0, 4));
  $("quotum-info").textContent = "Per " + t.quota.key + " en kalenderjaar; de dienst vult " + t.quota.counter +
    " in uit deze stand. Vandaag is " + r.body.today + ".";
  const ids = new Set(t.quota.keys.map((k) => k + "/" + year));  // this year's, counted or not
  for (const q of r.body.quota) ids.add(q.key + "/" + q.year);    // and every line ever counted
  const sorted = [...ids].sort();
  // each line as the service states it: the maximum in force that year, even before a first count
  const lines = await Promise.all(sorted.map(async (id) => {
    const line = await call("GET", "/v1/quota/" + t.id + "/" + id);
    return line.ok ? line.body : null;
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
  const keys = $("q-sleutel");
  const chosen = keys.value;
  keys.replaceChildren();
  for (const key of t.quota.keys) {
    const o = el("option", key);
    o.value = key;
    keys.appendChild(o);
  }
  if (chosen) keys.value = chosen;
  if (!$("q-jaar").value) $("q-jaar").value = year;
}

async function correctQuota() {
  const key = $("q-sleutel").value, year = $("q-jaar").value, stand = $("q-stand").value.trim();
  if (!selected || !key || !year || stand === "") { say("Vul sleutel, jaar en nieuwe stand in.", false); return; }
  const r = await call("POST", "/v1/quota/" + selected + "/" + encodeURIComponent(key) + "/" + year + "/correction",
                       { json: { granted: Number(stand), reason: $("q-reden").value } });
  if (!r.ok) { say(problemText(r.status, r.body), false); return; }
  say("De stand van " + key + " in " + year + " is nu " + r.body.granted + " van " + r.body.maximum + ".", true);
  $("q-stand").value = "";
  $("q-reden").value = "";
  await loadTables();
}

// -- the audit trail ----------------------------------------------------------------------------

async function loadAudit() {
  let path = "/v1/audit?limit=500";
  if ($("audit-tabel").checked && selected) path += "&table_id=" + encodeURIComponent(selected);
  const r = await call("GET", path);
  if (!r.ok) { say(problemText(r.status, r.body), false); return; }
  const list = $("auditlijst");
  list.replaceChildren();
  for (const e of r.body.events) {
    const row = document.createElement("tr");
    row.dataset.action = e.action;
    cell(row, when(e.at));
    cell(row, e.actor, "wie");
    cell(row, e.role);
    let what = ACTIONS[e.action] || e.action;
    if (e.subject) what += ": " + e.subject;
    if (e.effective_at) what += " (ingangsdatum " + effective(e.effective_at) + ")";
    cell(row, what);
    cell(row, e.table_id || "");
    cell(row, short(e.version), "versie").title = e.version || "";
    cell(row, e.reason || "");
    list.appendChild(row);
  }
  if (!r.body.events.length) {
    const row = document.createElement("tr");
    cell(row, "Nog geen gebeurtenissen.").colSpan = 7;
    list.appendChild(row);
  }
}

// -- wiring -------------------------------------------------------------------------------------

$("aanmeldformulier").addEventListener("submit", login);
$("afmelden").addEventListener("click", logout);
$("klaarzetten").addEventListener("click", stage);
$("q-corrigeren").addEventListener("click", correctQuota);
$("voorstellen").addEventListener("click", () => take("proposal"));
$("goedkeuren").addEventListener("click", () => take("approval"));
$("afwijzen").addEventListener("click", () => take("rejection"));
$("terugzetten").addEventListener("click", askRollback);
$("bevestig-ja").addEventListener("click", confirmRollback);
$("bevestig-nee").addEventListener("click", cancelRollback);
$("bevestiging").addEventListener("cancel", () => say("Terugzetten geannuleerd; er is niets veranderd."));
$("audit-tonen").addEventListener("click", loadAudit);
$("vernieuwen").addEventListener("click", loadTables);
$("audit-tabel").addEventListener("change", loadAudit);
selected = decodeURIComponent(location.hash.slice(1)) || null;
document.addEventListener("DOMContentLoaded", async () => {  // after beheer-vergelijk.js too
  await whoAmI();
  await loadTables();
  if (may("audit")) loadAudit();
});
