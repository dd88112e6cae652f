// Opens the status page in headless Chromium, searches it for an entity, opens the article found, and prints what it
// saw as one JSON object; the xunit test asserts on it.
// Usage: node status-page.mjs URL EXPECTED_STORED ARTICLE_ID ENTITY SCREENSHOT_FOLDER
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [url, expectedStored, articleId, entity, screenshots] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), "ingestion-chromium-"));
// A new empty profile each run; Playwright passes it to Chromium as --user-data-dir.
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
  viewport: { width: 1280, height: 1000 },
  locale: "en-US",
  timeout: 120_000,
});

async function fontsOf(page, selector) {
  const cdp = await context.newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  await cdp.send("CSS.enable");
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  return fonts.map(f => ({ family: f.familyName, glyphs: f.glyphCount }));
}

try {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", error => errors.push(String(error)));
  page.on("dialog", dialog => { errors.push("dialog: " + dialog.message()); dialog.dismiss(); });
  await page.goto(url, { waitUntil: "load", timeout: 60_000 });
  await page.waitForFunction(
    ([stored, id]) => document.getElementById("articles-stored").textContent === stored && document.querySelector(`article[data-id="${id}"]`),
    [expectedStored, articleId],
    { timeout: 60_000 });

  const seen = await page.evaluate(id => {
    const text = name => document.getElementById(name).textContent;
    const top = selector => Math.round(document.querySelector(selector).getBoundingClientRect().top + window.scrollY);
    const article = document.querySelector(`article[data-id="${id}"]`);
    return {
      title: document.title,
      counts: {
        published: text("articles-published"), stored: text("articles-stored"), documents: text("store-count"),
        filesProcessed: text("files-processed"), filesFailed: text("files-failed"),
      },
      alerts: [...document.querySelectorAll("#alerts li")].map(li => ({ level: li.className, text: li.textContent })),
      services: [...document.querySelectorAll("#services li")].map(li => li.dataset.service + ":" + li.querySelector(".state").textContent),
      storedRate: text("stored-rate"),
      chartBars: document.querySelectorAll("#chart rect").length,
      // Top of each section on the page, in CSS pixels: failures must come before the articles.
      order: {
        alerts: top("#alerts-section"), failedFiles: top("#failed-files"), services: top("#health-section"),
        search: top("#search-section"), articles: top("#articles"),
      },
      failedFiles: [...document.querySelectorAll("#failed-files tbody td:first-child")].map(td => td.textContent),
      recent: {
        collapsed: !article.querySelector("details").open,
        bodyVisible: article.querySelector(".text").checkVisibility(),
      },
      injected: document.querySelectorAll("#articles img, #articles script, #failed-files img, #results img").length,
    };
  }, articleId);
  await page.screenshot({ path: join(screenshots, "status-page.png"), fullPage: false });

  // The search, as an operator types it: a spelling folded to the stored one finds the article.
  await page.fill("#search input[name=entity]", entity);
  await page.click("#search button[type=submit]");
  await page.waitForSelector(`#results li[data-id="${articleId}"]`, { timeout: 30_000 });
  seen.search = await page.evaluate(() => ({
    note: document.getElementById("search-note").textContent,
    results: [...document.querySelectorAll("#results li")].map(li => ({ id: li.dataset.id, matched: li.querySelector(".matched")?.textContent ?? "" })),
    address: location.search,
  }));
  await page.click(`#results li[data-id="${articleId}"] a.title`);
  await page.waitForFunction(() => document.body.dataset.loaded, null, { timeout: 30_000 });

  seen.articlePage = await page.evaluate(() => {
    const article = document.getElementById("article");
    const body = document.getElementById("text");
    return {
      path: location.pathname + location.search,
      loaded: document.body.dataset.loaded,
      title: document.getElementById("title").textContent,
      dir: article.getAttribute("dir"), lang: article.getAttribute("lang"),
      direction: getComputedStyle(body).direction,
      marks: [...body.querySelectorAll("mark")].map(m => ({ type: m.dataset.type, text: m.textContent })),
      entities: [...document.querySelectorAll("#entities tbody tr")].map(tr => tr.children[1].textContent + ":" + tr.children[0].textContent),
      dates: [...document.querySelectorAll("#dates tbody tr")].map(tr => tr.children[1].textContent + ":" + tr.children[2].textContent),
      injected: document.querySelectorAll("main img, main script").length,
    };
  });
  // Where the first letter is drawn: at the right edge of its box when the text runs right to left.
  seen.articlePage.firstLetter = await page.evaluate(() => {
    const body = document.getElementById("text");
    const box = body.getBoundingClientRect();
    const range = document.createRange();
    range.setStart(body.firstChild.nodeType === Node.TEXT_NODE ? body.firstChild : body.firstChild.firstChild, 0);
    range.setEnd(range.startContainer, 1);
    const first = range.getBoundingClientRect();
    return { fromRight: Math.round(box.right - first.right), fromLeft: Math.round(first.left - box.left) };
  });
  seen.articlePage.fonts = await fontsOf(page, "#text");
  await page.screenshot({ path: join(screenshots, "article-page.png"), fullPage: false });

  seen.errors = errors;
  console.log(JSON.stringify(seen));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
