/// The style sheet and script inlined into the HTML report (no files, no network).
///
/// The script reads the page data with `JSON.parse(textContent)` and builds every element
/// that holds document text with `createElement` and `textContent`: it never parses HTML.
enum HTMLAssets {
    static let style = #"""
        :root {
          --ink: #1a1a1a; --muted: #595959; --rule: #d6d6d6; --paper: #ffffff; --panel: #f5f5f2;
          --negative: #235aa0; --positive: #a6540e; --mark: #ffe066;
        }
        * { box-sizing: border-box; }
        html { font-size: 17px; }
        body {
          margin: 0; color: var(--ink); background: var(--paper); line-height: 1.45;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif;
        }
        .page-head, main, footer { max-width: 1840px; margin: 0 auto; padding: 0 24px; }
        .page-head { padding-top: 18px; padding-bottom: 10px; border-bottom: 1px solid var(--rule); }
        h1 { font-size: 1.9rem; margin: 0 0 .15rem; }
        h2 { font-size: 1.4rem; margin: 1.6rem 0 .35rem; }
        .subtitle { margin: 0 0 .4rem; color: var(--muted); }
        .toc a { margin-right: 1.1rem; color: var(--negative); }
        .lead { max-width: 72rem; margin: 0 0 .8rem; }
        .table-scroll { overflow-x: auto; }

        .positions-layout { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
        .map-column { flex: 0 1 auto; min-width: 0; max-width: 100%; }
        .drill { flex: 1 1 380px; min-width: 320px; }
        table.heat { border-collapse: separate; border-spacing: 3px; }
        table.heat caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: .82rem; padding-top: .35rem; }
        table.heat th.corner { text-align: left; vertical-align: bottom; color: var(--muted); font-weight: 400; font-size: .85rem; }
        th.doc { text-align: left; font-weight: 600; white-space: nowrap; padding-right: .5rem; }
        .lang { font-weight: 400; color: var(--muted); font-size: .85em; }
        th.axis-head { vertical-align: bottom; width: 6.3rem; max-width: 6.3rem; font-weight: 400; font-size: .74rem; line-height: 1.2; text-align: left; padding: 0 .15rem .3rem; }
        .axis-code { display: block; font-weight: 700; font-size: .95rem; letter-spacing: .03em; }
        .axis-id { display: block; color: var(--muted); margin-bottom: .15rem; overflow-wrap: anywhere; }
        .pole { display: block; overflow-wrap: anywhere; }
        .swatch { display: inline-block; width: .75em; height: .75em; border-radius: 2px; margin-right: .3em; vertical-align: -.08em; border: 1px solid rgba(0,0,0,.25); }
        th.tokens-head { vertical-align: bottom; color: var(--muted); font-weight: 400; font-size: .85rem; }
        button.cell {
          width: 6.3rem; min-height: 3.1rem; margin: 0; padding: .2rem; border: 2px solid transparent; border-radius: 4px;
          font: inherit; cursor: pointer; display: flex; flex-direction: column; align-items: center; justify-content: center;
        }
        button.cell .theta { font-size: 1.15rem; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.15; }
        button.cell .se { font-size: .74rem; font-variant-numeric: tabular-nums; }
        button.cell.empty .theta { font-weight: 400; }
        button.cell:hover { border-color: #666; }
        button.cell:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
        button.cell[aria-pressed="true"] { border-color: #000; box-shadow: inset 0 0 0 2px #fff; }
        td.tokens { color: var(--muted); font-size: .82rem; text-align: right; padding-left: .35rem; font-variant-numeric: tabular-nums; }
        td.unscored { color: var(--muted); font-style: italic; padding-left: .5rem; }

        .legend { max-width: 32rem; margin: .7rem 0 0; font-size: .82rem; }
        .legend-labels, .legend-ticks { display: flex; justify-content: space-between; gap: 1rem; }
        .legend-bar { height: 14px; border-radius: 3px; border: 1px solid #b5b5b5; margin: .15rem 0; }
        .legend-ticks { color: var(--muted); font-variant-numeric: tabular-nums; }

        .drill { background: var(--panel); border: 1px solid var(--rule); border-radius: 6px; padding: 14px 18px;
                 position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow-y: auto; }
        .drill .hint { color: var(--muted); margin: 0; }
        .drill h3 { margin: 0 2.4rem .25rem 0; font-size: 1.2rem; }
        .drill .poles { margin: 0 0 .6rem; }
        .drill .close { float: right; font: inherit; font-size: 1.15rem; line-height: 1; background: #fff; border: 1px solid #999; border-radius: 4px; cursor: pointer; padding: .15rem .5rem; }
        .drill .close:focus-visible { outline: 3px solid #000; outline-offset: 1px; }
        .drill .count, .drill .none { margin: .2rem 0 .5rem; }
        .arith { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .8rem; background: #fff;
                 border: 1px solid var(--rule); border-radius: 4px; padding: .5rem .7rem; margin-bottom: .7rem; }
        .arith div { white-space: pre-wrap; }
        ol.matches { padding-left: 1.5rem; margin: 0; }
        ol.matches li { margin-bottom: .85rem; }
        .meta { font-size: .8rem; display: flex; flex-wrap: wrap; gap: .25rem .6rem; align-items: baseline; margin-bottom: .2rem; }
        .badge { font-weight: 700; border-radius: 3px; padding: 0 .4rem; color: #fff; white-space: nowrap; }
        .badge.positive { background: var(--positive); }
        .badge.negative { background: var(--negative); }
        .flip { font-weight: 700; border: 1.5px solid #000; border-radius: 3px; padding: 0 .35rem; background: #fff; white-space: nowrap; }
        code, .pattern { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; }
        blockquote.sentence { margin: .15rem 0; padding: .35rem .65rem; border-left: 4px solid var(--rule); background: #fff; }
        li.positive blockquote.sentence { border-left-color: var(--positive); }
        li.negative blockquote.sentence { border-left-color: var(--negative); }
        mark { background: var(--mark); color: inherit; padding: 0 .12em; border-radius: 2px; font-weight: 700; }
        u.cue { text-decoration: underline wavy; text-decoration-thickness: 1.5px; text-underline-offset: 3px; font-style: italic; }
        .effect { font-size: .82rem; margin-top: .15rem; }
        li.flipped .effect { font-weight: 600; }
        .where { font-size: .74rem; color: var(--muted); }

        .controls { display: flex; flex-wrap: wrap; gap: .6rem 2rem; margin-bottom: .6rem; }
        .controls label { font-weight: 600; }
        .controls select { font: inherit; font-weight: 400; padding: .2rem .3rem; max-width: 34rem; }
        .scatter-figure { margin: 0; max-width: 1050px; }
        #scatter { display: block; width: 100%; height: auto; background: #fff; border: 1px solid var(--rule); border-radius: 6px; }
        #scatter .grid { stroke: #ebebeb; stroke-width: 1; }
        #scatter .zero { stroke: #8c8c8c; stroke-width: 1.2; stroke-dasharray: 5 4; }
        #scatter .frame { fill: none; stroke: #b5b5b5; }
        #scatter .tick { font-size: 13px; fill: var(--muted); }
        #scatter .axis-title { font-size: 15px; font-weight: 700; fill: var(--ink); }
        #scatter .pole-negative { font-size: 14px; fill: var(--negative); font-weight: 600; }
        #scatter .pole-positive { font-size: 14px; fill: var(--positive); font-weight: 600; }
        #scatter .error { stroke-width: 1.6; stroke-opacity: .55; }
        #scatter .pair { stroke-width: 1.6; stroke-dasharray: 3 3; stroke-opacity: .8; fill: none; }
        #scatter .point { stroke: #fff; stroke-width: 1.5; }
        #scatter .label { font-size: 14px; fill: var(--ink); paint-order: stroke; stroke: #fff; stroke-width: 4px; stroke-linejoin: round; }

        table.distances td.dist { min-width: 2.5rem; height: 2.1rem; padding: 0 .2rem; text-align: center; font-size: .8rem; font-variant-numeric: tabular-nums; border-radius: 3px; }
        table.distances th.doc-col { vertical-align: bottom; font-weight: 600; font-size: .82rem; padding-bottom: .3rem; }
        table.distances th.doc-col > span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; display: inline-block; }

        ul.findings { padding-left: 1.2rem; }
        ul.findings .severity { font-weight: 700; text-transform: uppercase; font-size: .75rem; }
        ul.findings li.warning .severity { color: var(--positive); }

        footer { margin-top: 2.2rem; padding-top: .2rem; padding-bottom: 2rem; border-top: 1px solid var(--rule); font-size: .86rem; }
        dl.provenance { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .25rem 1.1rem; }
        dl.provenance dt { font-weight: 700; }
        dl.provenance dd { margin: 0; }
        .path { color: var(--muted); overflow-wrap: anywhere; }
        code.hash { font-size: .78rem; overflow-wrap: anywhere; }
        table.documents { border-collapse: collapse; margin-top: .8rem; }
        table.documents th, table.documents td { border-bottom: 1px solid var(--rule); padding: .25rem .6rem; text-align: left; vertical-align: top; }
        table.documents .num { text-align: right; font-variant-numeric: tabular-nums; }
        .date { color: var(--muted); white-space: nowrap; }

        @media print {
          @page { margin: 12mm; }
          html { font-size: 10pt; }
          body { background: #fff; color: #000; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .page-head, main, footer { max-width: none; padding: 0; }
          .toc, .controls, .screen-only, .drill .close, .drill.idle, noscript { display: none !important; }
          .positions-layout { display: block; }
          .drill { position: static; max-height: none; overflow: visible; background: #fff; border: 1px solid #8c8c8c; margin-top: 1rem; break-before: page; }
          .arith, blockquote.sentence { background: #fff; }
          h2, h3 { break-after: avoid; }
          #map, #distances, .drill .arith { break-inside: avoid; }
          table.heat, .legend, .scatter-figure, ol.matches li, .arith { break-inside: avoid; }
          button.cell { border: 0 !important; box-shadow: none !important; min-height: 2.6rem; cursor: default; }
          button.cell[aria-pressed="true"] { outline: 2px solid #000; outline-offset: 1px; }
          .table-scroll { overflow: visible; }
          a { color: #000; text-decoration: none; }
          #scatter { border-color: #8c8c8c; }
        }
        """#

    static let script = #"""
        (function () {
          "use strict";
          var SVG_NS = "http://www.w3.org/2000/svg";
          var GROUP_COLORS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#7f7f00"];
          var data = JSON.parse(document.getElementById("cityvoice-data").textContent);
          var drill = document.getElementById("drill");
          var hint = drill.querySelector(".hint");
          var xSelect = document.getElementById("map-x");
          var ySelect = document.getElementById("map-y");
          var plot = document.getElementById("scatter");
          var buttons = Array.prototype.slice.call(document.querySelectorAll("#position-map button.cell"));
          var byCell = {};
          buttons.forEach(function (button) {
            byCell[button.getAttribute("data-doc") + "," + button.getAttribute("data-axis")] = button;
          });
          var state = { cell: null, x: xSelect ? +xSelect.value : 0, y: ySelect ? +ySelect.value : 0 };

          function element(tag, className, text) {
            var node = document.createElement(tag);
            if (className) { node.className = className; }
            if (text !== undefined && text !== null) { node.textContent = text; }
            return node;
          }

          function svgElement(tag, attributes, text) {
            var node = document.createElementNS(SVG_NS, tag);
            Object.keys(attributes).forEach(function (key) { node.setAttribute(key, String(attributes[key])); });
            if (text !== undefined && text !== null) { node.textContent = text; }
            return node;
          }

          function clear(node) {
            while (node.firstChild) { node.removeChild(node.firstChild); }
          }

          function documentName(index) {
            var doc = data.documents[index];
            return doc.label + " (" + doc.language + ")";
          }

          function badge(side, text) {
            return element("span", "badge " + side, text);
          }

          function indexOf(list, id) {
            for (var i = 0; i < list.length; i += 1) { if (list[i].id === id) { return i; } }
            return -1;
          }

          function writeHash() {
            var parts = [];
            if (state.cell) {
              parts.push("cell=" + encodeURIComponent(data.documents[state.cell[0]].id) + "/" + encodeURIComponent(data.axes[state.cell[1]].id));
            }
            if (data.axes.length > 0) {
              parts.push("x=" + encodeURIComponent(data.axes[state.x].id));
              parts.push("y=" + encodeURIComponent(data.axes[state.y].id));
            }
            try { history.replaceState(null, "", "#" + parts.join("&")); } catch (ignored) { /* file: URLs in some browsers */ }
          }

          function readHash() {
            var result = {};
            location.hash.replace(/^#/, "").split("&").forEach(function (part) {
              var equals = part.indexOf("=");
              if (equals <= 0) { return; }
              try { result[part.slice(0, equals)] = decodeURIComponent(part.slice(equals + 1)); } catch (ignored) { /* malformed link */ }
            });
            return result;
          }

          function matchItem(match) {
            var item = element("li", match.side + (match.flipped ? " flipped" : ""));
            var meta = element("div", "meta");
            meta.appendChild(badge(match.side, (match.side === "positive" ? "P" : "N") + " · " + match.poleLabel));
            if (match.flipped) {
              var flip = element("span", "flip", "↺ flipped");
              flip.title = "A cue moved this match from " + match.lexiconPoleLabel + " to " + match.poleLabel;
              meta.appendChild(flip);
            }
            meta.appendChild(element("span", "weight", "weight " + match.weight));
            meta.appendChild(element("span", "concept", "concept " + match.concept));
            meta.appendChild(element("code", "pattern", match.pattern));
            item.appendChild(meta);
            var quote = element("blockquote", "sentence");
            match.segments.forEach(function (segment) {
              if (segment.kind === "m") {
                quote.appendChild(element("mark", null, segment.text));
              } else if (segment.kind === "c") {
                var cue = element("u", "cue", segment.text);
                cue.title = "stance cue" + (match.cues.length === 1 ? ": " + match.cues[0].kind : "");
                quote.appendChild(cue);
              } else {
                quote.appendChild(document.createTextNode(segment.text));
              }
            });
            item.appendChild(quote);
            if (match.flipped) {
              item.appendChild(element("div", "effect", "↺ " + match.effect + ": the lexicon puts this concept on " +
                match.lexiconPoleLabel + "; here it counts for " + match.poleLabel + "."));
            } else if (match.cues.length > 0) {
              item.appendChild(element("div", "effect", match.effect));
            }
            item.appendChild(element("div", "where", match.location));
            return item;
          }

          function openCell(row, column) {
            var cell = data.cells[row] && data.cells[row][column];
            if (!cell) { return; }
            state.cell = [row, column];
            buttons.forEach(function (button) { button.setAttribute("aria-pressed", "false"); });
            var selected = byCell[row + "," + column];
            if (selected) { selected.setAttribute("aria-pressed", "true"); }
            var axis = data.axes[column];
            clear(drill);
            drill.classList.remove("idle");
            var close = element("button", "close", "×");
            close.type = "button";
            close.setAttribute("aria-label", "Close the evidence");
            close.addEventListener("click", function () { closeCell(true); });
            drill.appendChild(close);
            drill.appendChild(element("h3", null, documentName(row) + " · " + axis.id));
            var poles = element("p", "poles");
            poles.appendChild(badge("negative", "N · " + axis.negative));
            poles.appendChild(document.createTextNode(" ↔ "));
            poles.appendChild(badge("positive", "P · " + axis.positive));
            drill.appendChild(poles);
            var arithmetic = element("div", "arith");
            cell.arithmetic.forEach(function (line) { arithmetic.appendChild(element("div", null, line)); });
            drill.appendChild(arithmetic);
            if (cell.matches.length === 0) {
              drill.appendChild(element("p", "none", "No matches on this axis: θ = 0 means no evidence either way."));
            } else {
              drill.appendChild(element("p", "count", cell.matches.length + (cell.matches.length === 1 ? " match" : " matches") + ", in text order:"));
              var list = element("ol", "matches");
              cell.matches.forEach(function (match) { list.appendChild(matchItem(match)); });
              drill.appendChild(list);
            }
            drill.scrollTop = 0;
            writeHash();
          }

          function closeCell(returnFocus) {
            var previous = state.cell && byCell[state.cell[0] + "," + state.cell[1]];
            state.cell = null;
            buttons.forEach(function (button) { button.setAttribute("aria-pressed", "false"); });
            clear(drill);
            if (hint) { drill.appendChild(hint); }
            drill.classList.add("idle");
            writeHash();
            if (returnFocus && previous) { previous.focus(); }
          }

          function neighbourInColumn(row, column, step) {
            for (var r = row + step; r >= 0 && r < data.documents.length; r += step) {
              var found = byCell[r + "," + column];
              if (found) { return found; }
            }
            return null;
          }

          function onCellKey(event) {
            var button = event.currentTarget;
            var row = +button.getAttribute("data-doc");
            var column = +button.getAttribute("data-axis");
            var next = null;
            if (event.key === "ArrowRight") { next = byCell[row + "," + (column + 1)]; }
            else if (event.key === "ArrowLeft") { next = byCell[row + "," + (column - 1)]; }
            else if (event.key === "ArrowDown") { next = neighbourInColumn(row, column, 1); }
            else if (event.key === "ArrowUp") { next = neighbourInColumn(row, column, -1); }
            else if (event.key === "Escape" && state.cell) { closeCell(true); event.preventDefault(); return; }
            if (next) { next.focus(); event.preventDefault(); }
          }

          buttons.forEach(function (button) {
            button.addEventListener("click", function () {
              openCell(+button.getAttribute("data-doc"), +button.getAttribute("data-axis"));
            });
            button.addEventListener("keydown", onCellKey);
          });
          drill.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && state.cell) { closeCell(true); event.preventDefault(); }
          });

          function ticks(domain) {
            var span = domain[1] - domain[0];
            var step = span > 14 ? 2 : span > 6 ? 1 : 0.5;
            var values = [];
            for (var value = Math.ceil(domain[0] / step) * step; value <= domain[1] + 1e-9; value += step) {
              values.push(Math.round(value * 100) / 100);
            }
            return values;
          }

          function formatTick(value) {
            if (value === 0) { return "0"; }
            return (value > 0 ? "+" : "−") + Math.abs(value);
          }

          function overlaps(a, b) {
            return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
          }

          function drawMap() {
            if (!plot) { return; }
            clear(plot);
            var width = 900, height = 600, left = 84, right = 28, top = 28, bottom = 84;
            var xAxis = data.axes[state.x], yAxis = data.axes[state.y];
            if (!xAxis || !yAxis) { return; }
            var points = [];
            data.documents.forEach(function (doc, row) {
              var cells = data.cells[row];
              if (!cells || !cells[state.x] || !cells[state.y]) { return; }
              points.push({ row: row, group: doc.group, x: cells[state.x].theta, xe: cells[state.x].standardError,
                            y: cells[state.y].theta, ye: cells[state.y].standardError });
            });
            function extent(value, error) {
              var low = 0, high = 0;
              points.forEach(function (p) { low = Math.min(low, p[value] - p[error]); high = Math.max(high, p[value] + p[error]); });
              var pad = (high - low) * 0.05 || 1;
              return [low - pad, high + pad];
            }
            var xDomain = extent("x", "xe"), yDomain = extent("y", "ye");
            function sx(v) { return left + (v - xDomain[0]) / (xDomain[1] - xDomain[0]) * (width - left - right); }
            function sy(v) { return top + (yDomain[1] - v) / (yDomain[1] - yDomain[0]) * (height - top - bottom); }

            ticks(xDomain).forEach(function (v) {
              plot.appendChild(svgElement("line", { "class": v === 0 ? "zero" : "grid", x1: sx(v), x2: sx(v), y1: top, y2: height - bottom }));
              plot.appendChild(svgElement("text", { "class": "tick", x: sx(v), y: height - bottom + 18, "text-anchor": "middle" }, formatTick(v)));
            });
            ticks(yDomain).forEach(function (v) {
              plot.appendChild(svgElement("line", { "class": v === 0 ? "zero" : "grid", x1: left, x2: width - right, y1: sy(v), y2: sy(v) }));
              plot.appendChild(svgElement("text", { "class": "tick", x: left - 8, y: sy(v) + 4, "text-anchor": "end" }, formatTick(v)));
            });
            plot.appendChild(svgElement("rect", { "class": "frame", x: left, y: top, width: width - left - right, height: height - top - bottom }));

            var xTitleY = height - bottom + 46;
            plot.appendChild(svgElement("text", { "class": "pole-negative", x: left, y: xTitleY, "text-anchor": "start" }, "◀ " + xAxis.negative));
            plot.appendChild(svgElement("text", { "class": "axis-title", x: (left + width - right) / 2, y: xTitleY + 20, "text-anchor": "middle" }, "θ on " + xAxis.id));
            plot.appendChild(svgElement("text", { "class": "pole-positive", x: width - right, y: xTitleY, "text-anchor": "end" }, xAxis.positive + " ▶"));
            var yTitleX = 30;
            var yMiddle = (top + height - bottom) / 2;
            plot.appendChild(svgElement("text", { "class": "pole-negative", x: yTitleX, y: height - bottom, "text-anchor": "start",
              transform: "rotate(-90 " + yTitleX + " " + (height - bottom) + ")" }, "◀ " + yAxis.negative));
            plot.appendChild(svgElement("text", { "class": "axis-title", x: yTitleX - 16, y: yMiddle, "text-anchor": "middle",
              transform: "rotate(-90 " + (yTitleX - 16) + " " + yMiddle + ")" }, "θ on " + yAxis.id));
            plot.appendChild(svgElement("text", { "class": "pole-positive", x: yTitleX, y: top, "text-anchor": "end",
              transform: "rotate(-90 " + yTitleX + " " + top + ")" }, yAxis.positive + " ▶"));

            var groups = [];
            var members = {};
            points.forEach(function (p) {
              if (!Object.prototype.hasOwnProperty.call(members, p.group)) { members[p.group] = []; groups.push(p.group); }
              members[p.group].push(p);
            });
            function colorOf(group) { return GROUP_COLORS[groups.indexOf(group) % GROUP_COLORS.length]; }
            groups.forEach(function (group) {
              var list = members[group];
              if (list.length < 2) { return; }
              var path = list.map(function (p) { return sx(p.x) + "," + sy(p.y); }).join(" ");
              plot.appendChild(svgElement("polyline", { "class": "pair", points: path, stroke: colorOf(group) }));
            });
            points.forEach(function (p) {
              var color = colorOf(p.group);
              var cx = sx(p.x), cy = sy(p.y);
              plot.appendChild(svgElement("line", { "class": "error", x1: sx(p.x - p.xe), x2: sx(p.x + p.xe), y1: cy, y2: cy, stroke: color }));
              plot.appendChild(svgElement("line", { "class": "error", x1: cx, x2: cx, y1: sy(p.y - p.ye), y2: sy(p.y + p.ye), stroke: color }));
            });
            var placed = points.map(function (p) { return { x: sx(p.x) - 7, y: sy(p.y) - 7, w: 14, h: 14 }; });
            points.forEach(function (p) {
              var color = colorOf(p.group);
              var cx = sx(p.x), cy = sy(p.y);
              var point = svgElement("circle", { "class": "point", cx: cx, cy: cy, r: 7, fill: color });
              point.appendChild(svgElement("title", {}, documentName(p.row) + ": " + xAxis.id + " " + p.x.toFixed(2) + " ± " + p.xe.toFixed(2) +
                ", " + yAxis.id + " " + p.y.toFixed(2) + " ± " + p.ye.toFixed(2)));
              plot.appendChild(point);
            });
            points.forEach(function (p) {
              var doc = data.documents[p.row];
              var text = doc.label + " " + doc.language;
              var w = text.length * 7.6 + 4, h = 16;
              var cx = sx(p.x), cy = sy(p.y);
              var candidates = [
                { dx: 11, dy: 5, anchor: "start", box: { x: cx + 10, y: cy - 11, w: w, h: h } },
                { dx: -11, dy: 5, anchor: "end", box: { x: cx - 10 - w, y: cy - 11, w: w, h: h } },
                { dx: 0, dy: -12, anchor: "middle", box: { x: cx - w / 2, y: cy - 28, w: w, h: h } },
                { dx: 0, dy: 22, anchor: "middle", box: { x: cx - w / 2, y: cy + 9, w: w, h: h } },
                { dx: 11, dy: -9, anchor: "start", box: { x: cx + 10, y: cy - 25, w: w, h: h } },
                { dx: 11, dy: 19, anchor: "start", box: { x: cx + 10, y: cy + 3, w: w, h: h } },
                { dx: -11, dy: -9, anchor: "end", box: { x: cx - 10 - w, y: cy - 25, w: w, h: h } },
                { dx: -11, dy: 19, anchor: "end", box: { x: cx - 10 - w, y: cy + 3, w: w, h: h } }
              ];
              var inside = function (box) { return box.x >= left && box.x + box.w <= width - right && box.y >= top && box.y + box.h <= height - bottom; };
              var choice = null;
              for (var i = 0; i < candidates.length && !choice; i += 1) {
                var candidate = candidates[i];
                if (inside(candidate.box) && !placed.some(function (other) { return overlaps(candidate.box, other); })) { choice = candidate; }
              }
              if (!choice) { choice = candidates.filter(function (c) { return inside(c.box); })[0] || candidates[0]; }
              placed.push(choice.box);
              plot.appendChild(svgElement("text", { "class": "label", x: cx + choice.dx, y: cy + choice.dy, "text-anchor": choice.anchor }, text));
            });
            plot.setAttribute("aria-label", "Documents by their position on " + xAxis.id + " (horizontal) and " + yAxis.id + " (vertical)");
          }

          if (xSelect && ySelect) {
            xSelect.addEventListener("change", function () { state.x = +xSelect.value; drawMap(); writeHash(); });
            ySelect.addEventListener("change", function () { state.y = +ySelect.value; drawMap(); writeHash(); });
          }

          var requested = readHash();
          var xIndex = indexOf(data.axes, requested.x), yIndex = indexOf(data.axes, requested.y);
          if (xIndex >= 0 && xSelect) { state.x = xIndex; xSelect.value = String(xIndex); }
          if (yIndex >= 0 && ySelect) { state.y = yIndex; ySelect.value = String(yIndex); }
          drawMap();
          if (requested.cell) {
            var slash = requested.cell.lastIndexOf("/");
            var row = indexOf(data.documents, requested.cell.slice(0, slash));
            var column = indexOf(data.axes, requested.cell.slice(slash + 1));
            if (row >= 0 && column >= 0) { openCell(row, column); }
          }
        })();
        """#
}
