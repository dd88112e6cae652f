// The article page: one stored article, its entities and dates highlighted in the text and listed below it.
"use strict";
import { el, getJson, aboutLine, languageAttributes, highlighted } from "./common.js";

function row(cells) {
  return el("tr", {}, cells.map(([text, className, dir]) => el("td", { text: text, className: className, dir: dir })));
}

async function show() {
  const id = new URLSearchParams(location.search).get("id");
  const note = document.getElementById("note");
  if (!id) {
    note.textContent = "No article id in the address.";
    return;
  }
  try {
    const a = await getJson("api/article?id=" + encodeURIComponent(id));
    document.title = "Ingestion · " + a.title;
    const article = document.getElementById("article");
    const attributes = languageAttributes(a.language);
    if (attributes.lang) article.setAttribute("lang", attributes.lang);
    article.setAttribute("dir", attributes.dir);
    article.dataset.id = a.id;
    document.getElementById("title").textContent = a.title || a.fileName;
    document.getElementById("about").replaceChildren(...aboutLine([
      a.id, a.fileName, a.language, a.agency,
      a.publishedAt ? "published " + new Date(a.publishedAt).toLocaleString() : null,
      "stored " + new Date(a.storedAt).toLocaleString(),
    ]));
    document.getElementById("text").replaceChildren(...highlighted(a.text, a));
    document.querySelector("#entities tbody").replaceChildren(...a.entities.map(e => row([
      [e.text, null, "auto"], [e.type], [e.detail || "", null, "auto"], [e.start + "–" + e.end, "num"],
    ])));
    document.querySelector("#dates tbody").replaceChildren(...a.temporal.map(t => row([
      [t.text, null, "auto"], [t.type], [t.detail || ""], [t.start + "–" + t.end, "num"],
    ])));
    article.hidden = false;
    document.getElementById("entities-section").hidden = false;
    document.getElementById("dates-section").hidden = false;
    note.hidden = true;
    document.body.dataset.loaded = "true";
  } catch (error) {
    note.textContent = error.message;
    document.body.dataset.loaded = "error";
  }
}

show();
