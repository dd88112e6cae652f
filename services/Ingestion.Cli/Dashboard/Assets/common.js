// Shared by the status page and the article page. Every value from the server is written with textContent (never
// innerHTML): article text is user input.
"use strict";

export const DIRECTIONS = { ar: "rtl", en: "ltr" };

export function el(tag, props, children) {
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

export async function getJson(path) {
  const response = await fetch(path, { cache: "no-store" });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body && body.error ? body.error : path + ": HTTP " + response.status);
  return body;
}

export function articleHref(id) {
  return "article?id=" + encodeURIComponent(id);
}

// Each part isolated (bdi), so an Arabic agency name does not reorder the English line around it.
export function aboutLine(parts) {
  return parts.filter(p => p !== null && p !== undefined && p !== "")
    .flatMap((part, i) => i === 0 ? [el("bdi", { text: part })] : [" · ", el("bdi", { text: part })]);
}

export function languageAttributes(language) {
  return { lang: language === "ar" || language === "en" ? language : null, dir: DIRECTIONS[language] || "auto" };
}

// The text split at the annotations' UTF-16 offsets (JavaScript strings index the same way); an annotation that
// overlaps one already placed, or falls outside the text, is left out rather than breaking the text.
export function highlighted(text, article) {
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
