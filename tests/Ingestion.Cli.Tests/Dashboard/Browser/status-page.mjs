// Opens the status page in headless Chromium and prints what it saw as one JSON object; the xunit test asserts on it.
// Usage: node status-page.mjs URL EXPECTED_STORED ARTICLE_ID SCREENSHOT.png
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [url, expectedStored, articleId, screenshot] = process.argv.slice(2);
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
    const article = document.querySelector(`article[data-id="${id}"]`);
    const body = article.querySelector(".text");
    const box = body.getBoundingClientRect();
    // Where the first letter is drawn: at the right edge of its box when the text runs right to left.
    const range = document.createRange();
    range.setStart(body.firstChild.nodeType === Node.TEXT_NODE ? body.firstChild : body.firstChild.firstChild, 0);
    range.setEnd(range.startContainer, 1);
    const first = range.getBoundingClientRect();
    return {
      title: document.title,
      counts: {
        published: text("articles-published"), stored: text("articles-stored"), documents: text("store-count"),
        filesProcessed: text("files-processed"), filesFailed: text("files-failed"),
      },
      failedFiles: [...document.querySelectorAll("#failed-files tbody td:first-child")].map(td => td.textContent),
      article: {
        dir: article.getAttribute("dir"), lang: article.getAttribute("lang"),
        direction: getComputedStyle(body).direction,
        firstLetterFromRight: Math.round(box.right - first.right), firstLetterFromLeft: Math.round(first.left - box.left),
        marks: [...body.querySelectorAll("mark")].map(m => ({ type: m.dataset.type, text: m.textContent })),
      },
      injected: document.querySelectorAll("#articles img, #articles script, #failed-files img").length,
    };
  }, articleId);

  // Which installed fonts drew the Arabic text: a font without Arabic glyphs would leave boxes (tofu).
  const cdp = await context.newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: `article[data-id="${articleId}"] .text` });
  await cdp.send("CSS.enable");
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  seen.article.fonts = fonts.map(f => ({ family: f.familyName, glyphs: f.glyphCount }));

  await page.screenshot({ path: screenshot, fullPage: false });
  seen.errors = errors;
  console.log(JSON.stringify(seen));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
