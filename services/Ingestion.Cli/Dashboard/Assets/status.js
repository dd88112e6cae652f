// The status page: polls /api/summary and /api/articles every 2 s; the search runs on demand. Every value from the
// server is written with textContent (never innerHTML): article text is user input.
"use strict";
import { el, getJson, articleHref, aboutLine, languageAttributes, highlighted } from "./common.js";

const REFRESH_MS = 2000;
const SVG = "http://www.w3.org/2000/svg";
let shownArticles = "";
let search = { params: null, skip: 0, limit: 20 };

function setCount(id, value) {
  const node = document.getElementById(id);
  node.textContent = value === null || value === undefined ? "–" : String(value);
  node.classList.toggle("zero", value === 0);
}

function queueDepth(queues, name) {
  const queue = (queues || []).find(q => q.name === name);
  return queue ? queue.ready + queue.unacknowledged : null;
}

function renderSummary(s) {
  document.getElementById("bus").textContent = s.bus === "rabbitmq" ? "RabbitMQ" : "in-memory bus";
  document.getElementById("updated").textContent = "updated " + new Date(s.generatedAt).toLocaleTimeString();
  renderAlerts(s);
  renderFailed(s);
  renderServices(s.services);
  renderThroughput(s);
  setCount("files-waiting", s.files.waiting);
  setCount("files-processed", s.files.processed);
  setCount("files-duplicates", s.files.duplicates);
  setCount("files-failed", s.files.failed);
  setCount("articles-published", s.articles.published);
  setCount("articles-pending", s.articles.pending);
  setCount("articles-stored", s.articles.stored);
  setCount("articles-failed", s.articles.failed);
  setCount("store-count", s.store.count);
  document.getElementById("store-where").textContent = s.store.error
    ? s.store.kind + ": " + s.store.error
    : s.store.kind + " · " + s.store.location;
  setCount("queue-discovered", s.queues ? queueDepth(s.queues, "article-discovered") : null);
  setCount("queue-enriched", s.queues ? queueDepth(s.queues, "article-enriched") : null);
  renderQueues(s);
}

function renderAlerts(s) {
  const list = document.getElementById("alerts");
  // Errors before warnings, each group in the server's order.
  const alerts = [...s.alerts].sort((a, b) => (a.level === "error" ? 0 : 1) - (b.level === "error" ? 0 : 1));
  list.replaceChildren(...alerts.map(a => el("li", { className: "alert alert-" + a.level, text: a.message, dir: "auto" })));
  if (alerts.length === 0) list.append(el("li", { className: "all-clear", text: "No alert: nothing failed, every service answers." }));
  document.getElementById("alerts-section").classList.toggle("has-alerts", alerts.length > 0);
}

function renderServices(services) {
  document.getElementById("services").replaceChildren(...services.map(service => el("li", { className: "service state-" + service.state, "data-service": service.name }, [
    el("span", { className: "dot", "aria-hidden": "true" }),
    el("strong", { text: service.name }), " ", el("span", { className: "state", text: service.state }),
    el("span", { className: "detail", text: service.detail, dir: "auto" }),
  ])));
}

function renderThroughput(s) {
  const t = s.throughput;
  document.getElementById("throughput-note").textContent = s.throughputError
    ? "The store did not answer for the rate: " + s.throughputError
    : t && t.sampled ? "More articles than read in the window: the figures cover the newest " + t.stored + "." : "";
  setCount("stored-rate", t ? (t.storedPerSecond >= 10 ? t.storedPerSecond.toFixed(0) : t.storedPerSecond.toPrecision(2)) : null);
  setCount("stored-window", t ? t.stored : null);
  document.getElementById("p95").textContent = t && t.p95Seconds !== null ? t.p95Seconds.toFixed(1) + " s" : "–";
  drawChart(t ? t.minutes : []);
}

// Bars: articles stored per minute; line: the minute's p95 drop-to-stored time. Each scaled to its own maximum.
function drawChart(minutes) {
  const svg = document.getElementById("chart");
  const width = 300, height = 80, top = 6, bottom = 14;
  const shapes = [];
  const most = Math.max(1, ...minutes.map(m => m.stored));
  const slowest = Math.max(1, ...minutes.map(m => m.p95Seconds || 0));
  const step = width / Math.max(1, minutes.length);
  const points = [];
  minutes.forEach((m, i) => {
    const h = (height - top - bottom) * m.stored / most;
    const bar = document.createElementNS(SVG, "rect");
    bar.setAttribute("x", (i * step + 1).toFixed(1));
    bar.setAttribute("y", (height - bottom - h).toFixed(1));
    bar.setAttribute("width", (step - 2).toFixed(1));
    bar.setAttribute("height", h.toFixed(1));
    bar.setAttribute("class", "bar");
    const title = document.createElementNS(SVG, "title");
    title.textContent = new Date(m.minute).toLocaleTimeString() + ": " + m.stored + " stored" + (m.p95Seconds !== null ? ", p95 " + m.p95Seconds.toFixed(1) + " s" : "");
    bar.append(title);
    shapes.push(bar);
    if (m.p95Seconds === null) return;
    const x = (i * step + step / 2).toFixed(1), y = (height - bottom - (height - top - bottom) * m.p95Seconds / slowest).toFixed(1);
    points.push(x + "," + y);
    // A dot per minute, so that a single minute with articles still shows its p95.
    const dot = document.createElementNS(SVG, "circle");
    dot.setAttribute("cx", x);
    dot.setAttribute("cy", y);
    dot.setAttribute("r", "2");
    dot.setAttribute("class", "point");
    shapes.push(dot);
  });
  if (points.length > 0) {
    const line = document.createElementNS(SVG, "polyline");
    line.setAttribute("points", points.join(" "));
    line.setAttribute("class", "line");
    shapes.push(line);
  }
  for (const [x, anchor, text] of [[0, "start", "−15 min"], [width, "end", "now"]]) {
    const label = document.createElementNS(SVG, "text");
    label.setAttribute("x", x);
    label.setAttribute("y", height - 2);
    label.setAttribute("text-anchor", anchor);
    label.textContent = text;
    shapes.push(label);
  }
  svg.replaceChildren(...shapes);
}

function renderQueues(s) {
  const note = document.getElementById("queues-note");
  const body = document.querySelector("#queues tbody");
  body.replaceChildren();
  document.getElementById("queues").hidden = !s.queues;
  if (!s.queues) {
    note.textContent = s.queuesError
      ? "The management API did not answer: " + s.queuesError
      : "In-memory bus: no broker queues. The flow above counts from the ledger and the store.";
    return;
  }
  note.textContent = "";
  // Error queues last, as in `ingest queues`.
  const queues = [...s.queues].sort((a, b) => (a.isErrorQueue - b.isErrorQueue) || a.name.localeCompare(b.name));
  for (const q of queues) {
    const row = el("tr", { className: q.isErrorQueue ? "error-queue" : "" }, [
      el("td", { text: q.name }),
      el("td", { className: "num", text: q.ready }),
      el("td", { className: "num", text: q.unacknowledged }),
      el("td", { className: "num", text: q.consumers }),
      el("td", { className: "num", text: q.publishRate.toFixed(1) }),
      el("td", { className: "num", text: q.deliverRate.toFixed(1) }),
    ]);
    row.classList.toggle("has-messages", q.ready + q.unacknowledged > 0);
    row.classList.toggle("no-consumer", !q.isErrorQueue && q.consumers === 0);
    body.append(row);
  }
}

function renderFailed(s) {
  const files = document.querySelector("#failed-files tbody");
  files.replaceChildren(...s.failedFiles.map(f => el("tr", {}, [
    el("td", { text: f.fileName, dir: "auto" }),
    el("td", { text: f.reason, title: f.exceptionType, dir: "auto" }),
    el("td", { text: f.failedAt ? new Date(f.failedAt).toLocaleString() : "" }),
  ])));
  if (s.failedFiles.length === 0) files.append(el("tr", {}, [el("td", { colspan: "3", className: "note", text: "No file failed." })]));
  const articles = document.querySelector("#failed-articles tbody");
  articles.replaceChildren(...s.failedArticles.map(a => el("tr", {}, [
    el("td", { text: a.id }), el("td", { text: a.fileName, dir: "auto" }), el("td", { text: a.reason, dir: "auto" }),
  ])));
  if (s.failedArticles.length === 0) articles.append(el("tr", {}, [el("td", { colspan: "3", className: "note", text: "No article failed downstream." })]));
}

// Bodies start collapsed: a page of long articles would otherwise push everything else out of sight.
function renderArticles(articles) {
  const key = articles.map(a => a.id).join(",");
  if (key === shownArticles) return;
  shownArticles = key;
  const container = document.getElementById("articles");
  if (articles.length === 0) {
    container.replaceChildren(el("p", { className: "note", text: "No article stored yet." }));
    return;
  }
  container.replaceChildren(...articles.map(a => {
    const about = aboutLine([a.fileName, a.language, a.agency, a.entities.length + " entities", a.temporal.length + " dates", new Date(a.storedAt).toLocaleString()]);
    return el("article", { "data-id": a.id, ...languageAttributes(a.language) }, [
      el("details", {}, [
        el("summary", {}, [
          el("a", { href: articleHref(a.id), className: "title", text: a.title || a.fileName }),
          el("span", { className: "about", dir: "ltr", lang: "en" }, about),
        ]),
        el("div", { className: "text" }, highlighted(a.text, a)),
      ]),
    ]);
  }));
}

function searchParams(form) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (String(value).trim() !== "") params.set(name, String(value).trim());
  return params;
}

async function runSearch() {
  const note = document.getElementById("search-note");
  const results = document.getElementById("results");
  const params = new URLSearchParams(search.params);
  params.set("skip", search.skip);
  params.set("limit", search.limit);
  note.textContent = "Searching…";
  try {
    const page = await getJson("api/find?" + params);
    results.replaceChildren(...page.articles.map(a => el("li", { "data-id": a.id, ...languageAttributes(a.language) }, [
      el("a", { href: articleHref(a.id), text: a.title || a.fileName, className: "title" }),
      el("span", { className: "about", dir: "ltr", lang: "en" }, aboutLine([
        a.fileName, a.language, a.agency, a.entities + " entities", a.dates + " dates", new Date(a.storedAt).toLocaleString(),
      ])),
      a.matched.length > 0 ? el("span", { className: "matched", text: a.matched.join("، "), dir: "auto" }) : "",
    ])));
    const first = page.skip + 1, last = page.skip + page.articles.length;
    note.textContent = page.articles.length === 0
      ? "No article found."
      : "Articles " + first + "–" + last + (page.hasMore ? ", more on the next page." : ".");
    document.getElementById("previous").hidden = page.skip === 0;
    document.getElementById("next").hidden = !page.hasMore;
    document.getElementById("search-section").dataset.searched = "true";
  } catch (error) {
    results.replaceChildren();
    note.textContent = error.message;
  }
}

function setUpSearch() {
  const form = document.getElementById("search");
  const initial = new URLSearchParams(location.search);
  for (const field of form.elements) if (field.name && initial.has(field.name)) field.value = initial.get(field.name);
  form.addEventListener("submit", event => {
    event.preventDefault();
    search = { params: searchParams(form), skip: 0, limit: 20 };
    history.replaceState(null, "", search.params.toString() ? "?" + search.params : location.pathname);
    runSearch();
  });
  document.getElementById("next").addEventListener("click", () => { search.skip += search.limit; runSearch(); });
  document.getElementById("previous").addEventListener("click", () => { search.skip = Math.max(0, search.skip - search.limit); runSearch(); });
  if ([...searchParams(form).keys()].length > 0) form.requestSubmit();
}

async function refresh() {
  try {
    const [summary, articles] = await Promise.all([getJson("api/summary"), getJson("api/articles")]);
    renderSummary(summary);
    renderArticles(articles);
    document.body.dataset.loaded = "true";
  } catch (error) {
    document.getElementById("updated").textContent = "not answering (" + error.message + "), retrying";
  } finally {
    setTimeout(refresh, REFRESH_MS);
  }
}

setUpSearch();
refresh();
