// The offline API page: lists the endpoints from /openapi.json and builds a form per table
// from /v1/tables, so an officer or developer can try a decision without any other tool.
"use strict";

const $ = (id) => document.getElementById(id);
let tables = [];

function headers(extra) {
  const h = Object.assign({ Accept: "application/json" }, extra || {});
  const key = $("sleutel").value.trim();
  if (key) h.Authorization = "Bearer " + key;
  return h;
}

function inputFor(field) {
  const wrap = document.createElement("label");
  const name = document.createElement("span");
  name.className = "naam" + (field.required ? " verplicht" : "");
  name.textContent = field.name + " (" + field.type + ")";
  wrap.appendChild(name);
  let input;
  if (field.type === "ja/nee" || (field.allowed && field.type !== "lijst")) {
    input = document.createElement("select");
    const options = field.type === "ja/nee" ? [["", "—"], ["true", "ja"], ["false", "nee"]]
      : [["", "—"]].concat(field.allowed.map((v) => [v, v]));
    for (const [value, text] of options) {
      const o = document.createElement("option");
      o.value = value; o.textContent = text;
      input.appendChild(o);
    }
  } else {
    input = document.createElement("input");
    input.type = field.type === "datum" ? "date" : (field.type === "getal" || field.type === "geheel getal") ? "number" : "text";
    if (field.type === "getal") input.step = "any";
    if (field.minimum != null) input.min = field.minimum;
    if (field.maximum != null) input.max = field.maximum;
    if (field.type === "lijst") input.placeholder = "waarden gescheiden door komma's";
    if (field.type === "landcode") input.placeholder = "bijv. AU";
  }
  input.dataset.name = field.name;
  input.dataset.type = field.type;
  input.addEventListener("input", syncRequest);
  input.addEventListener("change", syncRequest);
  wrap.appendChild(input);
  const hint = document.createElement("span");
  hint.className = "uitleg";
  hint.textContent = field.description || "";
  wrap.appendChild(hint);
  return wrap;
}

function valueOf(input) {
  const raw = input.value.trim();
  if (raw === "") return undefined;
  switch (input.dataset.type) {
    case "ja/nee": return raw === "true";
    case "geheel getal": case "getal": return Number(raw);
    case "lijst": return raw.split(",").map((s) => s.trim()).filter(Boolean);
    default: return raw;
  }
}

function buildRequest() {
  const facts = {};
  for (const input of $("feiten").querySelectorAll("[data-name]")) {
    const v = valueOf(input);
    if (v !== undefined) facts[input.dataset.name] = v;
  }
  const body = { facts: facts, dry_run: $("dry_run").checked };
  if ($("explain").checked) body.explain = true;
  if ($("peildatum").value) body.peildatum = $("peildatum").value;
  if ($("zaaknummer").value.trim()) body.zaaknummer = $("zaaknummer").value.trim();
  return body;
}

function syncRequest() {
  $("verzoek").value = JSON.stringify(buildRequest(), null, 2);
}

function showTable() {
  const table = tables.find((t) => t.id === $("tabel").value);
  const form = $("feiten");
  form.replaceChildren();
  if (!table) return;
  $("tabel-info").textContent = table.title + " — versie " + table.version.slice(0, 12) +
    " — peildatum: " + table.peildatum_field;
  for (const field of table.inputs) form.appendChild(inputFor(field));
  syncRequest();
}

async function decide() {
  const id = $("tabel").value;
  $("status").textContent = "…";
  try {
    const response = await fetch("/v1/decisions/" + id, {
      method: "POST",
      headers: headers({ "Content-Type": "application/json" }),
      body: $("verzoek").value,
    });
    const text = await response.text();
    $("status").textContent = response.status + " " + (response.headers.get("Content-Type") || "");
    $("status").className = response.ok ? "goed" : "fout";
    try { $("antwoord").textContent = JSON.stringify(JSON.parse(text), null, 2); }
    catch (e) { $("antwoord").textContent = text; }
  } catch (e) {
    $("status").textContent = "geen verbinding";
    $("status").className = "fout";
    $("antwoord").textContent = String(e);
  }
}

async function loadTables() {
  const response = await fetch("/v1/tables", { headers: headers() });
  if (!response.ok) {
    $("tabel-info").textContent = "Tabellen laden lukte niet (" + response.status + "); vul zo nodig een API-sleutel in.";
    return;
  }
  tables = (await response.json()).tables;
  const select = $("tabel");
  select.replaceChildren();
  for (const t of tables) {
    const o = document.createElement("option");
    o.value = t.id; o.textContent = t.id + " — " + t.title;
    select.appendChild(o);
  }
  showTable();
}

async function loadEndpoints() {
  const spec = await (await fetch("/openapi.json")).json();
  const body = $("paden");
  body.replaceChildren();
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const row = document.createElement("tr");
      for (const [cls, text] of [["methode", method], ["pad", path], ["", op.summary || ""]]) {
        const cell = document.createElement("td");
        cell.className = cls; cell.textContent = text;
        row.appendChild(cell);
      }
      body.appendChild(row);
    }
  }
}

$("tabel").addEventListener("change", showTable);
for (const id of ["peildatum", "zaaknummer", "explain", "dry_run"]) {
  $(id).addEventListener("input", syncRequest);
  $(id).addEventListener("change", syncRequest);
}
$("sleutel").addEventListener("change", loadTables);
$("beslis").addEventListener("click", decide);
loadTables();
loadEndpoints();
