// The status page: polls /api/summary and /api/articles every 2 s. Every value from the server is written with
// textContent (never innerHTML): article text is user input.
"use strict";

const REFRESH_MS = 2000;
const DIRECTIONS = { ar: "rtl", en: "ltr" };
let shownArticles = "";

function el(tag, props, children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === null || value === undefined) continue;
    if (name === "text") node.textContent = value;
    else if (name === "className") node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children || []) node.append(child);
  return node;
}

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
  renderFailed(s);
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

// The text split at the annotations' UTF-16 offsets (JavaScript strings index the same way); an annotation that
// overlaps one already placed, or falls outside the text, is left out rather than breaking the text.
function highlighted(text, article) {
  const spans = [
    ...article.entities.map(e => ({ ...e, css: "ent ent-" + e.type })),
    ...article.temporal.map(t => ({ ...t, css: "ent ent-TIME" })),
  ].filter(a => a.start >= 0 && a.end <= text.length && a.start < a.end)
   .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) parts.push(document.createTextNode(text.slice(at, span.start)));
    const title = span.type + (span.detail ? " · " + span.detail : "");
    parts.push(el("mark", { className: span.css, title: title, "data-type": span.type }, [text.slice(span.start, span.end)]));
    at = span.end;
  }
  if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
  return parts;
}

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
    const lang = a.language === "ar" || a.language === "en" ? a.language : null;
    // Each part isolated (bdi), so an Arabic agency name does not reorder the English line around it.
    const about = [a.fileName, a.language, a.agency, a.entities.length + " entities", a.temporal.length + " dates", new Date(a.storedAt).toLocaleString()]
      .filter(Boolean).flatMap((part, i) => i === 0 ? [el("bdi", { text: part })] : [" · ", el("bdi", { text: part })]);
    return el("article", { "data-id": a.id, lang: lang, dir: DIRECTIONS[a.language] || "auto" }, [
      el("p", { className: "about", dir: "ltr", lang: "en" }, about),
      el("div", { className: "text" }, highlighted(a.text, a)),
    ]);
  }));
}

async function getJson(path) {
  const response = await fetch(path, { cache: "no-store" });
  if (!response.ok) throw new Error(path + ": HTTP " + response.status);
  return response.json();
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

refresh();
