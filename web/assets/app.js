// The fact-check page's script. It builds every element with createElement and textContent:
// no text of the article (nor of the server) is ever parsed as HTML.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";

  const KIND_TAGS = {
    count: "OPS",
    amount_mad: "MAD",
    percent: "%",
    merchants: "SITES",
    cards: "CARDS",
  };
  const ICONS = { ok: "\u2713", warn: "\u2248", alarm: "\u2717", none: "?" };

  let current = null; // the last page drawn
  let busy = false;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function showError(message) {
    const box = $("error");
    box.textContent = message;
    box.hidden = false;
  }

  function clearError() {
    const box = $("error");
    box.textContent = "";
    box.hidden = true;
  }

  // Sends the article (a string or the bytes of a file) to the checker. On success, `onText`
  // (if given) puts the text in the box; on an error the box keeps what it has.
  async function check(body, contentType, onText) {
    if (busy) return;
    busy = true;
    $("check").disabled = true;
    clearError();
    try {
      const response = await fetch("/api/check", {
        method: "POST",
        headers: { "Content-Type": contentType },
        body: body,
      });
      let data = null;
      try {
        data = await response.json();
      } catch (_) {
        data = null;
      }
      if (!response.ok) {
        showError((data && data.error) || "The server could not check this text (" + response.status + "). Try again.");
        return;
      }
      if (onText) onText();
      render(data);
    } catch (e) {
      showError("The page could not reach its server: is it still running? The text is still in the box.");
    } finally {
      busy = false;
      $("check").disabled = false;
    }
  }

  function verdictOf(claim) {
    if (claim.verdict) return claim.verdict;
    return { name: "not_checked", words: "Not checked", tone: "none" };
  }

  function badgeText(claim, index) {
    const v = verdictOf(claim);
    return (ICONS[v.tone] || "") + " " + (index + 1) + ". " + claim.kind + ": " + v.words;
  }

  function render(page) {
    current = page;
    $("results").hidden = false;
    renderSummary(page);
    renderLegend(page);
    renderArticle(page);
    renderNotChecked(page);
    const explanation = $("explanation");
    explanation.replaceChildren(el("p", { class: "hint", text: "Choose a claim's badge to see its explanation here." }));
    $("scope").value = page.scope;
    showChart(page.scope);
  }

  function renderSummary(page) {
    const s = page.summary;
    const list = el("ul");
    const verdicts = el("ul");
    for (const v of s.by_verdict) {
      verdicts.append(el("li", {}, el("span", { class: "tone-" + v.tone, text: (ICONS[v.tone] || "") + " " + v.words }), ": " + v.count));
    }
    list.append(el("li", {}, el("strong", { text: s.claims + (s.claims === 1 ? " claim" : " claims") }), " checked", s.by_verdict.length ? verdicts : null));
    const kinds = s.figures_by_kind.map((k) => k.count + " " + k.label).join(", ");
    list.append(el("li", {}, el("strong", { text: s.figures + (s.figures === 1 ? " figure" : " figures") }), " read" + (kinds ? " (" + kinds + ")" : "")));
    list.append(el("li", {}, el("strong", { text: s.not_checked + " not checked" }), s.not_checked ? " (reasons below)" : ""));
    const record = page.record || [];
    const against = el("ul", { class: "record-list" });
    for (const r of record) against.append(recordItem(r));
    list.append(el("li", {}, el("strong", { text: record.length + (record.length === 1 ? " figure" : " figures") }),
      " compared with the published record" + (record.length ? ":" : " (the words name no period, series and measure for the others)"),
      record.length ? against : null));
    $("summary").replaceChildren(list);
  }

  function renderLegend(page) {
    const legend = $("legend");
    legend.replaceChildren("Figures: ");
    const labels = {};
    for (const f of page.figures) labels[f.kind] = f.kind_label;
    for (const [kind, tag] of Object.entries(KIND_TAGS)) {
      if (!(kind in labels)) continue;
      legend.append(el("span", { class: "legend-item" }, el("span", { class: "fig k-" + kind }, el("span", { class: "kind", text: tag }), labels[kind])));
    }
  }

  function figureNode(page, piece) {
    const f = page.figures[piece.figure];
    const node = el("span", {
      class: "fig k-" + f.kind,
      "data-figure": piece.figure,
      "data-kind": f.kind,
      title: f.kind_label + ": " + f.read,
    });
    node.append(el("span", { class: "kind", "aria-label": f.kind_label, text: KIND_TAGS[f.kind] || f.kind }));
    node.append(el("bdi", { text: piece.text }));
    if (f.claims.length) {
      node.append(el("span", { class: "claim-no", text: f.claims.map((c) => c + 1).join(",") }));
    }
    return node;
  }

  function renderArticle(page) {
    const article = $("article");
    article.replaceChildren();
    for (const p of page.paragraphs) {
      const node = el("p", { class: "article-p", dir: p.dir, lang: p.lang || null });
      for (const piece of p.pieces) {
        if (piece.t === "text") node.append(document.createTextNode(piece.text));
        else if (piece.t === "figure") node.append(figureNode(page, piece));
        else if (piece.t === "claim") {
          const claim = page.claims[piece.claim];
          const badge = el("button", {
            type: "button",
            class: "claim-badge tone-" + verdictOf(claim).tone,
            "data-claim": piece.claim,
            "data-verdict": verdictOf(claim).name,
            "aria-controls": "explanation",
            text: badgeText(claim, piece.claim),
          });
          badge.addEventListener("focus", () => open(piece.claim));
          badge.addEventListener("click", () => open(piece.claim));
          node.append(badge);
        }
      }
      article.append(node);
    }
  }

  function renderNotChecked(page) {
    const list = $("not-checked");
    list.replaceChildren();
    if (!page.not_checked.length) list.append(el("li", { text: "Everything read was checked." }));
    for (const n of page.not_checked) {
      list.append(el("li", {}, el("bdi", { text: n.what }), ": " + n.reason));
    }
  }

  // The stated and computed ranges (and the value as written) on one number line.
  function numberLine(finding) {
    const W = 640, H = 130, L = 20, R = W - 20;
    const num = (s) => (s === null || s === undefined ? null : Number(s));
    const ends = [finding.stated.low, finding.stated.high, finding.computed.low, finding.computed.high, finding.point, finding.nearest_statement]
      .map(num).filter((x) => x !== null && Number.isFinite(x));
    let lo = Math.min(...ends), hi = Math.max(...ends);
    if (!ends.length) { lo = 0; hi = 1; }
    if (hi - lo === 0) { lo -= 1; hi += 1; }
    const pad = (hi - lo) * 0.12;
    lo -= pad; hi += pad;
    const x = (v) => L + ((v - lo) / (hi - lo)) * (R - L);
    const root = svg("svg", { class: "numberline", width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img",
      "aria-label": "Stated range " + finding.stated.label + ", computed range " + finding.computed.label });
    root.append(svg("line", { x1: L, y1: 100, x2: R, y2: 100, stroke: "#444" }));
    const bar = (iv, y, colour, name) => {
      const a = num(iv.low), b = num(iv.high);
      const x1 = a === null ? L : x(a), x2 = b === null ? R : x(b);
      root.append(svg("rect", { x: x1, y: y, width: Math.max(2, x2 - x1), height: 14, fill: colour, "fill-opacity": 0.35, stroke: colour }));
      root.append(svg("text", { x: L, y: y - 3, fill: colour }, name + " " + iv.label + " " + finding.unit));
      if (a !== null) root.append(svg("text", { x: x1, y: 114, "text-anchor": "middle", fill: colour }, String(Math.round(a * 100) / 100)));
      if (b !== null) root.append(svg("text", { x: x2, y: 114, "text-anchor": "middle", fill: colour }, String(Math.round(b * 100) / 100)));
      else root.append(svg("text", { x: R, y: y - 3, "text-anchor": "end", fill: colour }, "no upper bound \u2192"));
      if (a === null) root.append(svg("text", { x: L, y: y + 26, fill: colour }, "\u2190 no lower bound"));
    };
    bar(finding.stated, 22, "#1a5fb4", "stated");
    bar(finding.computed, 62, "#b35900", "computed");
    const p = num(finding.point);
    if (p !== null) {
      root.append(svg("line", { x1: x(p), y1: 56, x2: x(p), y2: 100, stroke: "#000", "stroke-dasharray": "3 2" }));
      root.append(svg("text", { x: x(p) + 3, y: 92 }, "as written: " + finding.point_label));
    }
    return root;
  }

  function open(index) {
    const page = current;
    if (!page) return;
    const claim = page.claims[index];
    if (!claim) return;
    for (const node of document.querySelectorAll(".fig.joined")) node.classList.remove("joined");
    for (const node of document.querySelectorAll(".claim-badge.chosen")) node.classList.remove("chosen");
    for (const rf of claim.figures) {
      for (const node of document.querySelectorAll('.fig[data-figure="' + rf.figure + '"]')) node.classList.add("joined");
    }
    for (const node of document.querySelectorAll('.claim-badge[data-claim="' + index + '"]')) node.classList.add("chosen");

    const v = verdictOf(claim);
    const box = $("explanation");
    box.replaceChildren();
    box.append(el("h3", {}, "Claim " + (index + 1) + " (" + claim.kind + "): ", el("span", { class: "claim-badge tone-" + v.tone, text: (ICONS[v.tone] || "") + " " + v.words })));
    box.append(el("p", {}, "Sentence: ", el("bdi", { text: claim.sentence })));

    const table = el("table", {}, el("tr", {}, el("th", { text: "role" }), el("th", { text: "as written" }), el("th", { text: "as read" })));
    for (const rf of claim.figures) {
      table.append(el("tr", {}, el("td", { text: rf.role }), el("td", {}, el("bdi", { text: rf.text })), el("td", { text: rf.read })));
    }
    box.append(table);
    if (claim.links.length) box.append(el("p", {}, "Linked by the words: ", el("bdi", { text: claim.links.join(" \u00b7 ") })));

    if (claim.finding) {
      const f = claim.finding;
      box.append(numberLine(f));
      box.append(el("p", { class: "explanation-text", text: f.explanation }));
      const facts = el("ul");
      facts.append(el("li", { text: "Stated range: " + f.stated.label + " " + f.unit }));
      facts.append(el("li", { text: "Computed range: " + f.computed.label + " " + f.unit }));
      if (f.point_label) facts.append(el("li", { text: "The figures as written give " + f.point_label + " " + f.unit }));
      facts.append(el("li", { text: f.nearest_statement
        ? "Nearest consistent statement: " + f.nearest_statement + " " + f.unit + (f.margin ? " (the ranges are " + f.margin + " units of the last digit apart)" : "")
        : "Nearest consistent statement: none needed, or none at this precision." }));
      if (f.sharpness) facts.append(el("li", { text: "Sharpness: the computed range is " + f.sharpness + " units of the stated last digit wide" }));
      box.append(facts);
    } else {
      box.append(el("p", { text: "Not checked: " + (claim.error || "no reason given") }));
    }
    box.append(el("p", { class: "record" }, el("strong", { text: "Comparison with the record:" })));
    if (claim.record.length === 0) {
      box.append(el("p", { text: "none of this claim's figures was compared." }));
    } else {
      const list = el("ul", { class: "record-list" });
      for (const r of claim.record) list.append(recordItem(r));
      box.append(list);
    }
  }

  // One figure against the record, in words: what it was attributed to, the verdict, the
  // observations with their sources, and probable misprints.
  function recordItem(r) {
    const item = el("li");
    const written = r.figure ? r.figure.text : "";
    if (r.verdict === "unattributed") {
      item.append(el("span", { text: written + ": not compared (" + (r.reason || "the words do not say which period, series and measure") + ")" }));
      return item;
    }
    const about = [r.period, r.scope, r.measure].filter(Boolean).join(" · ");
    const verdict = r.verdict === "conflicts"
      ? "conflicts with the record" + (r.margin ? " by " + r.margin + " units of its last digit" : "")
      : r.verdict === "agrees" ? "agrees with the record" : "not in the record";
    item.append(el("span", { class: "record-verdict record-" + r.verdict, text: written + " (" + about + "): " + verdict }));
    const obs = el("ul");
    for (const o of r.observations || []) {
      const line = el("li", { text: (o.agrees ? "= " : "≠ ") + o.as_written + " — " + o.id + " " });
      if (o.source) line.append(el("span", { class: "source", text: "(" + o.source + ")" }));
      obs.append(line);
    }
    for (const m of r.misprints || []) {
      obs.append(el("li", { text: "probably a misprint of “" + m.written + "” (" + m.slip.replaceAll("_", " ") + ")" }));
    }
    if (obs.childElementCount) item.append(obs);
    return item;
  }

  function showChart(scope) {
    $("chart").src = "/chart.svg?scope=" + encodeURIComponent(scope);
  }

  function download() {
    if (!current) return;
    const blob = new Blob([current.check_text_json], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = el("a", { href: url, download: "check_text.json" });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function loadExample(name) {
    clearError();
    try {
      const response = await fetch("/articles/" + encodeURIComponent(name));
      if (!response.ok) {
        showError("That example could not be loaded.");
        return;
      }
      const text = await response.text();
      $("text").value = text;
      await check(text, "text/plain; charset=utf-8");
    } catch (e) {
      showError("The page could not reach its server: is it still running?");
    }
  }

  async function loadFile(input) {
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    await check(bytes, "application/octet-stream", () => {
      $("text").value = new TextDecoder("utf-8").decode(bytes);
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("check").addEventListener("click", () => check($("text").value, "text/plain; charset=utf-8"));
    $("file").addEventListener("change", (e) => loadFile(e.target));
    for (const button of document.querySelectorAll("button.example")) {
      button.addEventListener("click", () => loadExample(button.dataset.article));
    }
    $("download").addEventListener("click", download);
    $("scope").addEventListener("change", (e) => showChart(e.target.value));
  });
})();
