// directive-graph lineage page: search, draw a resolution's lineage with cytoscape in layers (central,
// provincial, district, commune) grouped by province, or as a table, and show the details of a node or
// the evidence of an edge with the corrections curators made. Plain script, no build step; cytoscape is
// vendored into static/vendor/ by `make web-assets`; words and dates come from i18n.js, positions from
// layout.js. Everything the API returns is inserted as text, never as HTML. The drawing is exposed as
// `window.dgGraph` (the cytoscape instance) for tests.
(function () {
  "use strict";

  var i18n = window.dgI18n;
  var t = i18n.t;
  var layout = window.dgLayout;

  // Colours per label; graph/browser/style.grass uses the same ones for Neo4j Browser.
  var LABELS = {
    Resolution: { color: "#c0392b", text: "#ffffff", shape: "round-rectangle" },
    Meeting: { color: "#e08e0b", text: "#1d1d1d", shape: "diamond" },
    Official: { color: "#2f6fd6", text: "#ffffff", shape: "ellipse" },
    Project: { color: "#1e9e6a", text: "#ffffff", shape: "hexagon" },
    Locality: { color: "#7d4fc9", text: "#ffffff", shape: "triangle" },
    Organization: { color: "#56657a", text: "#ffffff", shape: "barrel" },
    Document: { color: "#9aa3b1", text: "#1d1d1d", shape: "rectangle" },
    Entity: { color: "#bbbbbb", text: "#1d1d1d", shape: "ellipse" },
  };
  var LABEL_ORDER = ["Resolution", "Meeting", "Project", "Organization", "Locality", "Official", "Document", "Entity"];

  // Colours and line styles per relationship type (the legend lists the ones drawn).
  var RELATIONS = {
    IMPLEMENTS: { color: "#c0392b", width: 3, style: "solid" },
    CITES: { color: "#2f6fd6", width: 2, style: "dashed" },
    ASSIGNED_TO: { color: "#1e9e6a", width: 2, style: "solid" },
    CONCLUDED: { color: "#e08e0b", width: 2, style: "solid" },
    MENTIONED_IN: { color: "#d5d9df", width: 1, style: "dashed" },
  };
  // Which type names a merged edge (two relations between the same two nodes are drawn as one edge).
  var TYPE_RANK = ["IMPLEMENTS", "ASSIGNED_TO", "CITES", "CONCLUDED", "ATTENDED", "HOLDS", "ISSUED_BY", "HELD_BY",
    "PART_OF", "MERGED_INTO", "MENTIONED_IN"];

  // The detail route of each label (Organization has none: its node and neighbours are shown).
  var DETAIL_ROUTES = {
    Resolution: "resolutions/",
    Official: "officials/",
    Meeting: "meetings/",
    Project: "projects/",
    Locality: "localities/",
    Document: "documents/",
  };

  // A lineage with more nodes than this opens with its province groups collapsed.
  var COLLAPSE_OVER = 40;
  // Edge captions are drawn when this many edges or fewer are drawn; otherwise on hover and selection.
  var EDGE_LABELS_UP_TO = 24;

  var $ = function (id) { return document.getElementById(id); };
  var state = {
    view: null, key: null, direction: "down", depth: 3, request: 0, capped: null,
    mode: "graph", lineage: null, around: null, collapsed: {}, shown: null,
  };
  var documents = {}; // document key -> promise of its properties (title, published, text)
  var cy = null;

  // ---- small DOM helpers -------------------------------------------------------------------

  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name === "text") node.textContent = String(value);
      else if (name === "className") node.className = value;
      else if (name === "style") node.style.cssText = String(value); // CSSOM: allowed by the page's CSP
      else if (name.slice(0, 2) === "on") node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function mainLabel(labels) {
    var list = (labels || []).filter(function (l) { return l !== "Entity"; });
    for (var i = 0; i < list.length; i++) if (LABELS[list[i]]) return list[i];
    return list[0] || "Entity";
  }

  // Document kinds by the code of their symbol (reference/vietnamese-documents.md); names, in every language.
  var KIND_WORDS = { NQ: "Nghị quyết", "QĐ": "Quyết định", CT: "Chỉ thị", KL: "Kết luận", KH: "Kế hoạch", TB: "Thông báo",
    HD: "Hướng dẫn", CTr: "Chương trình", QC: "Quy chế", "BC": "Báo cáo" };

  function displayName(key, props) {
    props = props || {};
    if (props.name || props.title || props.body) return String(props.name || props.title || props.body);
    if (props.symbol) return (KIND_WORDS[props.kind] ? KIND_WORDS[props.kind] + " " : "") + props.symbol;
    return String(key);
  }

  function dateOf(props) {
    props = props || {};
    return props.date || props.issued_on || props.published || null;
  }

  function capitalize(text) {
    return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  }

  function shorten(text, most) {
    return text.length > most ? text.slice(0, most - 1) + "…" : text;
  }

  // What a node is called in the drawing: a resolution by its symbol, a meeting by its body and date (the
  // province is the group's title), a commune with its level word; a second line gives the date.
  function caption(key, label, props, grouped) {
    props = props || {};
    var name;
    if (label === "Resolution") name = props.symbol || key.split(":")[0].split("@")[0];
    else if (label === "Locality" && props.level && props.name) name = capitalize(props.level + " " + props.name);
    else {
      name = displayName(key, props);
      if (grouped && props.province && name.slice(-props.province.length) === props.province) {
        name = name.slice(0, -props.province.length).replace(/[\s,]+$/, "");
      }
      name = capitalize(name);
    }
    var when = dateOf(props);
    return shorten(name, 48) + (when ? "\n" + i18n.date(when) : "");
  }

  function labelName(label) {
    return t("label." + label);
  }

  function badge(label) {
    var style = LABELS[label] || LABELS.Entity;
    return el("span", { className: "badge", title: label, style: "background:" + style.color + ";color:" + style.text, text: labelName(label) });
  }

  // A relation in words, with the graph's type on hover.
  function relationName(type) {
    return i18n.has("rel." + type) ? t("rel." + type) : type.toLowerCase().replace(/_/g, " ");
  }

  function relation(type, className) {
    return el("span", { className: "rel " + (className || ""), title: type, "data-type": type, text: relationName(type) });
  }

  // ---- messages ----------------------------------------------------------------------------

  function showMessage(kind, text, extra) {
    var box = clear($("message"));
    box.className = "message " + kind;
    box.appendChild(el("span", { text: text }));
    if (extra) box.appendChild(extra);
    box.appendChild(el("button", { type: "button", className: "close", "aria-label": t("message.dismiss"), text: "×", onclick: hideMessage }));
    box.hidden = false;
  }

  function hideMessage() {
    $("message").hidden = true;
  }

  // The page's words for the error, then the server's own message (in English) and code.
  function showError(err) {
    if (!(err instanceof ApiError)) {
      showMessage("error", t("message.pageError", { m: err && err.message ? err.message : String(err) }));
      return;
    }
    var extra = null;
    var candidates = err.detail && err.detail.candidates;
    if (err.code === "ambiguous" && Array.isArray(candidates)) {
      // detail values are JSON: candidates is a list of keys (a key may itself contain a comma)
      extra = el("span", { className: "candidates" }, t("message.pickOne"));
      candidates.forEach(function (key) {
        if (typeof key === "string" && key) extra.appendChild(el("button", { type: "button", className: "link", text: key, onclick: function () { openLineage(key); } }));
      });
    } else if (err.status === 401) {
      extra = el("span", {}, t("message.enterToken"));
    }
    var words = i18n.has("error." + err.code) ? t("error." + err.code) : t("error.other", { status: err.status });
    var server = err.message && err.code !== "unreachable" ? ": " + err.message : "";
    showMessage("error", words + server + (err.code ? " (" + err.code + ")" : ""), extra);
  }

  // ---- API ---------------------------------------------------------------------------------

  function ApiError(status, code, message, detail) {
    this.status = status;
    this.code = code;
    this.message = message;
    this.detail = detail || {};
  }

  // Keys contain "/" and Vietnamese letters: encode each path segment.
  function encodeKey(key) {
    return key.split("/").map(encodeURIComponent).join("/");
  }

  function api(path) {
    var headers = { Accept: "application/json" };
    var token = $("token-input").value.trim();
    if (token) headers.Authorization = "Bearer " + token;
    return fetch(path, { headers: headers }).then(
      function (response) {
        return response.text().then(function (text) {
          var body = null;
          try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
          if (response.ok && body !== null) return body;
          if (body && body.error) {
            throw new ApiError(response.status, body.error.code, body.error.message, body.error.detail);
          }
          throw new ApiError(response.status, "http_" + response.status, response.status + " " + response.statusText);
        });
      },
      function () {
        throw new ApiError(0, "unreachable", t("error.unreachable"));
      }
    );
  }

  function documentInfo(key) {
    if (!documents[key]) {
      documents[key] = api("documents/" + encodeKey(key)).then(
        function (doc) { return doc.properties || {}; },
        function () { return {}; } // the sentence is still worth showing without the title
      );
    }
    return documents[key];
  }

  // ---- search ------------------------------------------------------------------------------

  function search(query) {
    query = query.trim();
    if (!query) return;
    var list = clear($("results-list"));
    $("results-hint").textContent = t("results.searching");
    showResults(true);
    api("search?q=" + encodeURIComponent(query) + "&limit=30").then(function (out) {
      hideMessage();
      $("results-hint").textContent = out.results.length
        ? t("results.count", { n: out.results.length, q: out.query })
        : t("results.none", { q: out.query });
      out.results.forEach(function (hit) {
        var button = el("button", {
          type: "button",
          className: "result",
          "data-key": hit.key,
          "data-label": hit.label,
          onclick: function () {
            markActive(button);
            showResults(false);
            if (hit.label === "Resolution") openLineage(hit.key);
            else openNeighbourhood(hit.key);
          },
        }, badge(hit.label), el("span", { className: "result-name", text: hit.name }), el("span", { className: "result-key", text: hit.key }));
        list.appendChild(el("li", {}, button));
      });
    }).catch(function (err) {
      $("results-hint").textContent = t("results.failed");
      showError(err);
    });
  }

  function markActive(button) {
    Array.prototype.forEach.call(document.querySelectorAll(".result.active"), function (b) { b.classList.remove("active"); });
    button.classList.add("active");
  }

  // On a narrow screen the results are a panel over the drawing, open while searching.
  function showResults(open) {
    document.body.classList.toggle("results-open", open);
    $("results-toggle").setAttribute("aria-expanded", open ? "true" : "false");
  }

  // ---- the lineage as data: levels, provinces, groups ----------------------------------------

  // Each node with its label, level and province; each pair of nodes with the relations between them.
  function model(nodes, edges, root) {
    var byKey = {};
    var names = {}; // province slug -> its name as written
    nodes.forEach(function (n) {
      var props = n.properties || {};
      byKey[n.key] = { key: n.key, label: mainLabel(n.labels), labels: n.labels, props: props, depth: n.depth };
      if (props.province) names[layout.slug(props.province)] = props.province;
    });
    var placeLevel = {};
    edges.forEach(function (e) {
      var target = byKey[e.target];
      if (e.type === "ASSIGNED_TO" && target && target.label === "Locality") {
        placeLevel[e.source] = layout.levelOf("Locality", target.key, target.props, null);
      }
    });
    Object.keys(byKey).forEach(function (key) {
      var node = byKey[key];
      node.level = key === root && node.label === "Resolution" && !node.props.level && !layout.provinceSlug(key, node.props)
        ? "central" : layout.levelOf(node.label, key, node.props, placeLevel[key]);
      var province = node.level === "central" ? null : layout.provinceSlug(key, node.props);
      node.group = node.level === "central" ? null : "group:" + (province || "?");
      node.province = province ? names[province] || province : null;
    });
    var pairs = {};
    var order = [];
    edges.forEach(function (e) {
      if (!byKey[e.source] || !byKey[e.target]) return;
      var id = e.source < e.target ? e.source + "\u0000" + e.target : e.target + "\u0000" + e.source;
      if (!pairs[id]) { pairs[id] = []; order.push(id); }
      pairs[id].push(e);
    });
    return { root: root, nodes: byKey, pairs: order.map(function (id) { return pairs[id]; }), edges: edges };
  }

  function groupsOf(m) {
    var groups = {};
    Object.keys(m.nodes).forEach(function (key) {
      var node = m.nodes[key];
      if (!node.group) return;
      var g = groups[node.group] = groups[node.group] || { id: node.group, name: node.province || t("groups.unknown"), count: 0, labels: {} };
      g.count += 1;
      g.labels[node.label] = (g.labels[node.label] || 0) + 1;
    });
    return Object.keys(groups).map(function (id) { return groups[id]; }).sort(function (a, b) {
      if ((a.id === "group:?") !== (b.id === "group:?")) return a.id === "group:?" ? 1 : -1;
      return a.name.localeCompare(b.name, "vi");
    });
  }

  // Display order inside a layer: resolutions, meetings, projects ... each by date, then name.
  function compareNodes(a, b) {
    var la = LABEL_ORDER.indexOf(a.label), lb = LABEL_ORDER.indexOf(b.label);
    if (la !== lb) return la - lb;
    var da = String(dateOf(a.props) || "9999"), db = String(dateOf(b.props) || "9999");
    if (da !== db) return da < db ? -1 : 1;
    return displayName(a.key, a.props).localeCompare(displayName(b.key, b.props), "vi");
  }

  function sortedNodes(m) {
    return Object.keys(m.nodes).map(function (k) { return m.nodes[k]; }).sort(function (a, b) {
      if (a.key === m.root) return -1;
      if (b.key === m.root) return 1;
      var levels = layout.LEVELS.indexOf(a.level) - layout.LEVELS.indexOf(b.level);
      if (levels) return levels;
      if (a.group !== b.group) return String(a.province || "~").localeCompare(String(b.province || "~"), "vi");
      return compareNodes(a, b);
    });
  }

  // ---- drawing -----------------------------------------------------------------------------

  function ensureGraph() {
    if (cy) return cy;
    if (typeof window.cytoscape !== "function") return null;
    cy = window.cytoscape({
      container: $("graph"),
      elements: [],
      minZoom: 0.1,
      maxZoom: 3,
      wheelSensitivity: 0.4,
      style: [
        {
          selector: "node",
          style: {
            "background-color": "data(color)",
            shape: "data(shape)",
            label: "data(caption)",
            "font-size": 13,
            "font-family": "system-ui, sans-serif",
            color: "#1d1d1d",
            "text-valign": "bottom",
            "text-halign": "center",
            "text-margin-y": 4,
            "text-wrap": "wrap",
            "text-max-width": "170px",
            "text-background-color": "#ffffff",
            "text-background-opacity": 0.9,
            "text-background-padding": "2px",
            "min-zoomed-font-size": 9, // a caption smaller than 9 px on screen is not drawn: zoom in to read it
            width: 26,
            height: 26,
            "border-width": 1,
            "border-color": "#ffffff",
          },
        },
        { selector: "node.root", style: { width: 40, height: 40, "border-width": 4, "border-color": "#1d1d1d", "font-weight": "bold" } },
        { selector: "node.curated", style: { "border-width": 3, "border-color": "#0b7a75", "border-style": "double" } },
        {
          selector: "node.group",
          style: {
            shape: "round-rectangle",
            "background-color": "#f6f2ea",
            "background-opacity": 0.55,
            "border-color": "#c9b9a0",
            "border-width": 1,
            label: "data(caption)",
            "font-size": 16,
            "font-weight": "bold",
            color: "#5a3d12",
            "text-valign": "top",
            "text-halign": "center",
            "text-margin-y": -6,
            "text-wrap": "none",
            "text-background-opacity": 0,
            padding: "18px",
          },
        },
        {
          selector: "node.group-collapsed",
          style: {
            shape: "round-rectangle",
            width: 176,
            height: 58,
            "background-color": "#f6f2ea",
            "border-color": "#a8895a",
            "border-width": 2,
            label: "data(caption)",
            "font-size": 16,
            "font-weight": "bold",
            color: "#5a3d12",
            "text-valign": "center",
            "text-halign": "center",
            "text-margin-y": 0,
            "text-max-width": "160px",
            "text-background-opacity": 0,
          },
        },
        {
          selector: "node.band",
          style: {
            shape: "rectangle",
            width: 1,
            height: 1,
            "background-opacity": 0,
            "border-width": 0,
            label: "data(caption)",
            "font-size": 15,
            "font-weight": "bold",
            color: "#7f1d1d",
            "text-valign": "center",
            "text-halign": "left",
            "text-wrap": "none",
            "text-background-opacity": 0,
            events: "no",
          },
        },
        { selector: "node:selected", style: { "border-width": 4, "border-color": "#f5c400" } },
        {
          selector: "edge",
          style: {
            width: 1.5,
            "line-color": "#9aa3b1",
            "target-arrow-color": "#9aa3b1",
            "target-arrow-shape": "triangle",
            "curve-style": "bezier",
            opacity: 0.8,
            label: "",
            "font-size": 12,
            color: "#3f4753",
            "text-rotation": "none",
            "text-background-color": "#ffffff",
            "text-background-opacity": 1,
            "text-background-padding": "2px",
            "text-border-opacity": 1,
            "text-border-width": 1,
            "text-border-color": "#dde1e7",
            "min-zoomed-font-size": 9, // a caption smaller than 9 px on screen is not drawn: zoom in to read it
          },
        },
        { selector: "edge.labelled, edge.hover, edge:selected", style: { label: "data(caption)", "z-index": 10 } },
        { selector: "edge.aggregate", style: { width: "data(weight)", "target-arrow-shape": "triangle" } },
        { selector: "edge:selected", style: { "line-color": "#f5c400", "target-arrow-color": "#f5c400", width: 5, opacity: 1 } },
      ].concat(Object.keys(RELATIONS).map(function (type) {
        var r = RELATIONS[type];
        return { selector: "edge[type = '" + type + "']", style: { "line-color": r.color, "target-arrow-color": r.color, "line-style": r.style } };
      })).concat([
        { selector: "edge[type = 'IMPLEMENTS']", style: { width: 3 } },
        { selector: "edge[type = 'MENTIONED_IN']", style: { label: "" } },
        { selector: "edge:selected", style: { "line-color": "#f5c400", "target-arrow-color": "#f5c400" } },
      ]),
    });
    cy.on("tap", "node", function (event) {
      var node = event.target;
      if (node.hasClass("group-collapsed")) { toggleGroup(node.data("group"), false); return; }
      if (node.hasClass("group")) return; // its button above the drawing collapses it: a click inside must not
      showNode(node.data());
    });
    cy.on("tap", "edge", function (event) { showEdge(event.target.data()); });
    // The graph's types on hover: the drawing area's title names what is under the pointer.
    cy.on("mouseover", "edge", function (event) {
      event.target.addClass("hover");
      $("graph").setAttribute("title", event.target.data("types").join(", "));
    });
    cy.on("mouseout", "edge", function (event) {
      event.target.removeClass("hover");
      $("graph").removeAttribute("title");
    });
    cy.on("mouseover", "node", function (event) {
      var n = event.target;
      if (n.data("key")) $("graph").setAttribute("title", n.data("label") + ": " + n.data("key"));
      else if (n.data("kinds")) $("graph").setAttribute("title", n.data("name") + ": " + n.data("kinds"));
    });
    cy.on("mouseout", "node", function () { $("graph").removeAttribute("title"); });
    // Group titles and layer labels keep a readable size when the whole drawing is zoomed out.
    cy.on("zoom", scaleTitles);
    window.dgGraph = cy;
    return cy;
  }

  function scaleTitles() {
    var zoom = cy.zoom();
    var size = function (px, most) { return Math.round(Math.min(most, Math.max(px, px / zoom))); };
    cy.batch(function () {
      cy.nodes(".group").style("font-size", size(14, 44));
      cy.nodes(".band").style("font-size", size(13, 40));
    });
    // Captions below 9 px are not drawn (min-zoomed-font-size): say how to read them.
    $("zoom-hint").hidden = !(cy.nodes("[key]").length > 1 && zoom * 13 < 9 && state.mode === "graph");
  }

  // HOLDS {title, as_of} and ATTENDED {role} say more than their type.
  function edgeCaption(relations) {
    var counts = {};
    var order = [];
    relations.forEach(function (r) {
      if (!counts[r.type]) { counts[r.type] = 0; order.push(r.type); }
      counts[r.type] += 1;
    });
    order.sort(function (a, b) { return TYPE_RANK.indexOf(a) - TYPE_RANK.indexOf(b); });
    return order.map(function (type) {
      var words = relationName(type);
      if (counts[type] > 1) return words + " ×" + counts[type];
      var props = relations.filter(function (r) { return r.type === type; })[0].properties || {};
      var detail = props.title || props.role;
      return detail ? words + " · " + detail + (props.as_of ? " (" + i18n.date(props.as_of) + ")" : "") : words;
    }).join("\n");
  }

  function primaryType(relations) {
    return relations.map(function (r) { return r.type; }).sort(function (a, b) {
      return TYPE_RANK.indexOf(a) - TYPE_RANK.indexOf(b);
    })[0];
  }

  function nodeElement(n, root, grouped, curated) {
    var style = LABELS[n.label] || LABELS.Entity;
    return {
      group: "nodes",
      classes: [n.key === root ? "root" : "", curated[n.key] ? "curated" : ""].join(" ").trim(),
      data: {
        id: n.key,
        key: n.key,
        label: n.label,
        labels: n.labels,
        properties: n.props,
        depth: n.depth,
        level: n.level,
        province: n.province,
        caption: caption(n.key, n.label, n.props, grouped),
        color: style.color,
        shape: style.shape,
      },
    };
  }

  // Relations between the same two ends are one drawn edge (their captions would lie on top of each other).
  function edgeElement(id, relations, source, target, aggregate) {
    var types = [];
    relations.forEach(function (r) { if (types.indexOf(r.type) < 0) types.push(r.type); });
    return {
      group: "edges",
      classes: aggregate ? "aggregate" : "",
      data: {
        id: id,
        source: source,
        target: target,
        type: primaryType(relations),
        types: types,
        relations: relations,
        caption: edgeCaption(relations),
        weight: Math.min(8, 1.5 + Math.log(relations.length + 1) * 1.5),
        properties: relations.length === 1 ? relations[0].properties || {} : {},
        evidence: relations.length === 1 ? relations[0].evidence || [] : [],
      },
    };
  }

  // The lineage as cytoscape elements and positions: layers, province groups (collapsed ones as one node).
  function lineageElements(m, collapsed, aspect) {
    var groups = groupsOf(m);
    var ordered = sortedNodes(m);
    var placed = layout.arrange(
      ordered.map(function (n) { return { id: n.key, level: n.level, group: n.group }; }),
      groups, collapsed, aspect
    );
    var curated = state.curatedKeys || {};
    var elements = [];
    groups.forEach(function (g) {
      var words = LABEL_ORDER.filter(function (l) { return g.labels[l]; }).map(function (l) { return g.labels[l] + " " + labelName(l).toLowerCase(); });
      if (collapsed[g.id]) {
        var at = placed.groupNodes[g.id];
        elements.push({
          group: "nodes", classes: "group-collapsed", position: { x: at.x, y: at.y }, selectable: false,
          data: { id: g.id, group: g.id, name: g.name, count: g.count, caption: "▸ " + g.name + "\n" + t("group.items", { n: g.count }), kinds: words.join(", ") },
        });
      } else {
        elements.push({ group: "nodes", classes: "group", selectable: false, data: { id: g.id, group: g.id, name: g.name, count: g.count, caption: "▾ " + g.name + " (" + g.count + ")" } });
      }
    });
    ordered.forEach(function (n) {
      if (n.group && collapsed[n.group]) return;
      var element = nodeElement(n, m.root, true, curated);
      if (n.group) element.data.parent = n.group;
      element.position = placed.positions[n.key];
      elements.push(element);
    });
    placed.bands.forEach(function (b, i) {
      elements.push({ group: "nodes", classes: "band", position: { x: b.x, y: b.y }, selectable: false, grabbable: false,
        data: { id: "band:" + i, caption: t("level." + b.level), level: b.level } });
    });
    // Edges: to a collapsed group they end on its node, one drawn edge per pair of ends with every relation in it.
    var ends = function (key) { var n = m.nodes[key]; return n.group && collapsed[n.group] ? n.group : key; };
    var drawn = {};
    var order = [];
    m.pairs.forEach(function (relations) {
      relations.forEach(function (r) {
        var s = ends(r.source), d = ends(r.target);
        if (s === d) return; // inside one collapsed group
        var id = s < d ? s + "\u0000" + d : d + "\u0000" + s;
        if (!drawn[id]) { drawn[id] = { source: s, target: d, relations: [] }; order.push(id); }
        drawn[id].relations.push(r);
      });
    });
    order.forEach(function (id, i) {
      var e = drawn[id];
      var aggregate = e.source.indexOf("group:") === 0 || e.target.indexOf("group:") === 0;
      elements.push(edgeElement("e" + i + ":" + e.source + "|" + e.relations[0].type + "|" + e.target, e.relations, e.source, e.target, aggregate));
    });
    return elements;
  }

  function aroundElements(nodes, edges, centre) {
    var m = model(nodes, edges, centre);
    var elements = Object.keys(m.nodes).map(function (k) { return nodeElement(m.nodes[k], centre, false, state.curatedKeys || {}); });
    m.pairs.forEach(function (relations, i) {
      elements.push(edgeElement("e" + i + ":" + relations[0].source + "|" + relations[0].type + "|" + relations[0].target,
        relations, relations[0].source, relations[0].target, false));
    });
    return elements;
  }

  function aspect() {
    var box = $("graph").getBoundingClientRect();
    return box.width > 0 && box.height > 0 ? box.width / box.height : 1.6;
  }

  // Draw the current lineage (state.lineage) or neighbourhood (state.around) in the current language.
  function render(focus) {
    var graph = ensureGraph();
    if (!graph) {
      showMessage("error", t("message.noLibrary"));
      return false;
    }
    var selected = graph.$("node:selected, edge:selected").map(function (e) { return e.id(); });
    graph.elements().remove();
    if (state.view === "lineage" && state.lineage) {
      graph.add(lineageElements(state.lineage, state.collapsed, aspect()));
      graph.layout({ name: "preset", fit: false, animate: false }).run();
      $("graph").setAttribute("data-root", state.lineage.root);
      drawGroups(state.lineage);
    } else if (state.around) {
      graph.add(aroundElements(state.around.nodes, state.around.edges, state.around.key));
      graph.layout({
        name: "concentric",
        concentric: function (node) { return node.id() === state.around.key ? 2 : 1; },
        levelWidth: function () { return 1; },
        minNodeSpacing: 40,
        nodeDimensionsIncludeLabels: true,
        padding: 30,
        animate: false,
      }).run();
      $("graph").setAttribute("data-root", state.around.key);
      $("groups").hidden = true;
    }
    var edgesDrawn = graph.edges().length;
    graph.edges().forEach(function (e) { e.toggleClass("labelled", edgesDrawn <= EDGE_LABELS_UP_TO && !e.hasClass("aggregate")); });
    selected.forEach(function (id) { graph.getElementById(id).select(); });
    $("graph-empty").hidden = graph.nodes().length > 0;
    scaleTitles(); // titles sized for the zoom they will be drawn at: fit, size, fit again
    fitTo(focus);
    scaleTitles();
    fitTo(focus);
    scaleTitles();
    drawLegend(graph);
    if (state.mode === "table") drawTable();
    return true;
  }

  // Fit the whole drawing, or one expanded group with the root, never blowing a handful of nodes up.
  function fitTo(focus) {
    var graph = cy;
    if (!graph) return;
    graph.resize();
    var target = graph.elements();
    if (focus) {
      // An expanded group with its layer labels and the root above it, or less of them, so that captions read
      // (zoom 0.8 or more): with the labels only, else the group alone, else its top left corner at that zoom.
      var group = graph.getElementById(focus);
      if (group.nonempty()) {
        var box = group.boundingBox();
        var bands = graph.nodes(".band").filter(function (b) { return b.position("y") >= box.y1 && b.position("y") <= box.y2; });
        var alone = group.union(group.descendants());
        var tries = [alone.union(bands).union(graph.$("node.root")), alone.union(bands), alone];
        for (var i = 0; i < tries.length; i++) {
          target = tries[i];
          graph.fit(target, 30);
          if (graph.zoom() >= 0.8) break;
        }
      }
    }
    graph.fit(target, 30);
    if (focus && graph.zoom() < 0.8) {
      // A group too large to read whole: readable captions from its top left corner, the rest a pan away.
      var corner = graph.getElementById(focus).boundingBox();
      graph.zoom(0.8);
      graph.pan({ x: 30 - corner.x1 * 0.8, y: 30 - corner.y1 * 0.8 });
      return;
    }
    if (graph.zoom() > 1.25) {
      graph.zoom(1.25);
      graph.center(target);
    }
  }

  function drawLegend(graph) {
    var legend = clear($("legend"));
    var seen = {};
    var types = {};
    graph.nodes("[key]").forEach(function (n) { seen[n.data("label")] = true; });
    graph.edges().forEach(function (e) { e.data("types").forEach(function (type) { types[type] = true; }); });
    Object.keys(LABELS).forEach(function (label) {
      if (seen[label]) legend.appendChild(el("li", { title: label }, el("span", { className: "swatch", style: "background:" + LABELS[label].color }), labelName(label)));
    });
    TYPE_RANK.forEach(function (type) {
      if (!types[type]) return;
      var color = (RELATIONS[type] || { color: "#9aa3b1" }).color;
      var dashed = (RELATIONS[type] || {}).style === "dashed";
      legend.appendChild(el("li", { className: "legend-edge" },
        el("span", { className: "line-swatch", style: "border-top:3px " + (dashed ? "dashed " : "solid ") + color }), relation(type)));
    });
  }

  // The province groups as buttons: expand or collapse one, or all.
  function drawGroups(m) {
    var box = clear($("groups"));
    var groups = groupsOf(m);
    box.hidden = !groups.length || state.mode === "table";
    if (!groups.length) return;
    box.appendChild(el("span", { className: "groups-title", text: t("groups.label") + ":" }));
    groups.forEach(function (g) {
      var open = !state.collapsed[g.id];
      box.appendChild(el("button", {
        type: "button",
        className: "group-toggle" + (open ? " open" : ""),
        "data-group": g.id,
        "aria-expanded": open ? "true" : "false",
        title: t(open ? "groups.collapse" : "groups.expand", { name: g.name }),
        text: (open ? "▾ " : "▸ ") + g.name + " (" + g.count + ")",
        onclick: function () { toggleGroup(g.id, open); },
      }));
    });
    box.appendChild(el("button", { type: "button", className: "link", id: "expand-all", text: t("groups.expandAll"), onclick: function () { setAll(false); } }));
    box.appendChild(el("button", { type: "button", className: "link", id: "collapse-all", text: t("groups.collapseAll"), onclick: function () { setAll(true); } }));
  }

  function toggleGroup(id, collapse) {
    state.collapsed[id] = collapse;
    render(collapse ? null : id);
  }

  function setAll(collapse) {
    groupsOf(state.lineage).forEach(function (g) { state.collapsed[g.id] = collapse; });
    render();
  }

  // ---- the table view ----------------------------------------------------------------------

  // Each node once, in the drawing's order (layer, province, kind, date), with the relations that tie it
  // to the nodes above it in the walk.
  function drawTable() {
    var box = clear($("table-view"));
    var m = state.view === "lineage" ? state.lineage : null;
    if (!m) return;
    var rows = sortedNodes(m);
    var head = ["level", "province", "name", "date", "relation", "depth"];
    var table = el("table", { className: "lineage-table" },
      el("caption", { text: t("table.caption", { n: rows.length, e: m.edges.length }) }));
    var headRow = el("tr");
    head.forEach(function (h) { headRow.appendChild(el("th", { scope: "col", text: t("table." + h) })); });
    table.appendChild(el("thead", {}, headRow));
    var body = el("tbody");
    rows.forEach(function (n) {
      var ties = el("td", { className: "ties" });
      m.edges.forEach(function (e) {
        var other = e.source === n.key ? e.target : e.target === n.key ? e.source : null;
        if (other === null || !m.nodes[other] || m.nodes[other].depth >= n.depth) return;
        var o = m.nodes[other];
        var named = o.label === "Resolution" ? other.split(":")[0].split("@")[0] : shorten(capitalize(displayName(other, o.props)), 40);
        var ends = e.source === n.key ? [relation(e.type), " → ", named] : ["← ", relation(e.type), " ", named];
        var line = el("span", { className: "tie" });
        ends.forEach(function (part) { line.appendChild(typeof part === "string" ? document.createTextNode(part) : part); });
        ties.appendChild(line);
      });
      var name = el("button", { type: "button", className: "link", text: capitalize(displayName(n.key, n.props)), title: n.key,
        onclick: function () { selectKey(n.key); } });
      var row = el("tr", { "data-key": n.key, "data-level": n.level },
        el("td", { text: t("level." + n.level) }),
        el("td", { text: n.province || "" }),
        el("td", { className: "name" }, badge(n.label), " ", name),
        el("td", { className: "date", text: i18n.date(dateOf(n.props)) }),
        ties,
        el("td", { className: "num", text: String(n.depth) }));
      body.appendChild(row);
    });
    table.appendChild(body);
    box.appendChild(el("div", { className: "table-actions" },
      el("button", { type: "button", id: "csv-button", text: t("table.csv"), onclick: downloadCsv })));
    box.appendChild(table);
  }

  // The same lineage as the API's CSV (Accept: text/csv), for a spreadsheet or pandas.
  function downloadCsv() {
    var headers = { Accept: "text/csv" };
    var token = $("token-input").value.trim();
    if (token) headers.Authorization = "Bearer " + token;
    var path = "resolutions/" + encodeKey(state.key) + "/lineage?direction=" + state.direction + "&depth=" + state.depth;
    fetch(path, { headers: headers }).then(function (response) {
      if (!response.ok) throw new ApiError(response.status, "http_" + response.status, response.statusText);
      return response.blob();
    }).then(function (blob) {
      var link = el("a", { href: URL.createObjectURL(blob), download: state.key.split(":")[0].replace(/[\/\\?%*:|"<>\s]+/g, "-") + "-lineage.csv" });
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
    }).catch(showError);
  }

  function selectKey(key) {
    var n = state.lineage && state.lineage.nodes[key];
    if (!n) return;
    if (cy) {
      cy.$(":selected").unselect();
      var drawn = cy.getElementById(key);
      if (drawn.nonempty()) drawn.select();
    }
    showNode({ key: n.key, label: n.label, properties: n.props });
  }

  function setMode(mode, fromHash) {
    state.mode = mode === "table" ? "table" : "graph";
    document.querySelector("input[name=view][value=" + state.mode + "]").checked = true;
    document.body.classList.toggle("table-mode", state.mode === "table");
    $("table-view").hidden = state.mode !== "table";
    $("graph").hidden = state.mode === "table";
    if (state.mode === "table") { drawTable(); $("zoom-hint").hidden = true; }
    if (state.lineage && state.view === "lineage") drawGroups(state.lineage);
    else $("groups").hidden = true;
    if (state.mode === "graph" && cy) fitTo();
    if (!fromHash && state.key) setHash(true);
  }

  // ---- views -------------------------------------------------------------------------------

  function setHash(replace) {
    var params = new URLSearchParams();
    params.set(state.view, state.key);
    if (state.view === "lineage") {
      params.set("direction", state.direction);
      params.set("depth", String(state.depth));
      if (state.mode === "table") params.set("view", "table");
    }
    var hash = "#" + params.toString();
    if (location.hash !== hash) history[replace ? "replaceState" : "pushState"](null, "", hash);
  }

  // Direction and depth apply to a lineage, not to a neighbourhood.
  function enableControls(enabled) {
    Array.prototype.forEach.call(document.querySelectorAll(".controls input[name=direction], .controls select, .view-switch input"), function (input) {
      input.disabled = !enabled;
    });
  }

  function rootTitle(key, direction) {
    return key + (direction === "down" ? " ↓" : " ↑");
  }

  function openLineage(key, fromHash) {
    state.view = "lineage";
    enableControls(true);
    state.key = key;
    if (!fromHash) setHash();
    $("graph-title").textContent = t("graph.lineage");
    $("graph-root").textContent = rootTitle(key, state.direction);
    document.body.classList.add("loading");
    var path = "resolutions/" + encodeKey(key) + "/lineage?direction=" + state.direction + "&depth=" + state.depth;
    var request = ++state.request;
    return api(path).then(function (tree) {
      if (request !== state.request) return; // a newer drawing was asked for meanwhile
      hideMessage();
      state.key = tree.root;
      state.around = null;
      state.lineage = model(tree.nodes, tree.edges, tree.root);
      state.lineage.direction = tree.direction;
      state.lineage.depth = tree.depth;
      state.collapsed = {};
      if (tree.nodes.length > COLLAPSE_OVER) groupsOf(state.lineage).forEach(function (g) { state.collapsed[g.id] = true; });
      $("graph-root").textContent = rootTitle(tree.root, tree.direction);
      var root = state.lineage.nodes[tree.root];
      if (root) showNode({ key: root.key, label: root.label, properties: root.props });
      if (!render()) return;
      markCurated();
      if (tree.nodes.length <= 1) {
        showMessage("info", t(tree.direction === "down" ? "message.nothingBelow" : "message.nothingAbove", { key: tree.root, depth: tree.depth }));
      } else if (state.capped) {
        showMessage("info", t("message.capped", { n: state.capped }));
      }
      state.capped = null;
    }).catch(function (err) {
      // Deeper than the server's DG_MAX_LINEAGE_DEPTH: a 422 whose detail (JSON) gives the maximum; draw at it.
      var most = err instanceof ApiError && err.code === "invalid_input" ? err.detail.maximum : null;
      if (typeof most === "number" && most >= 1 && state.depth > most) {
        state.depth = state.capped = most;
        $("depth-select").value = String(most);
        setHash(true);
        return openLineage(key, true);
      }
      showError(err);
    }).then(function () { document.body.classList.remove("loading"); });
  }

  function openNeighbourhood(key, fromHash) {
    state.view = "node";
    enableControls(false);
    state.key = key;
    if (state.mode === "table") setMode("graph", true);
    if (!fromHash) setHash();
    $("graph-title").textContent = t("graph.neighbourhood");
    $("graph-root").textContent = key;
    document.body.classList.add("loading");
    var request = ++state.request;
    return api("graph/neighbourhood?key=" + encodeURIComponent(key) + "&depth=1").then(function (out) {
      if (request !== state.request) return;
      hideMessage();
      state.lineage = null;
      state.around = { key: key, nodes: out.nodes, edges: out.edges };
      var centre = out.nodes.filter(function (n) { return n.key === key; })[0];
      if (centre) showNode({ key: centre.key, label: mainLabel(centre.labels), properties: centre.properties || {} });
      render();
      markCurated();
    }).catch(showError).then(function () { document.body.classList.remove("loading"); });
  }

  function reload() {
    if (state.view === "lineage" && state.key) openLineage(state.key);
  }

  // Nodes a correction names get a double border (the log is read once per drawing).
  function markCurated() {
    api("curations").then(function (out) {
      var keys = {};
      out.items.forEach(function (e) {
        if (!e.in_force || e.action === "undo") return;
        if (e.source) keys[e.source] = true;
        if (e.target) keys[e.target] = true;
      });
      state.curatedKeys = keys;
      if (!cy) return;
      cy.nodes("[key]").forEach(function (n) { n.toggleClass("curated", !!keys[n.id()]); });
    }).catch(function () { /* without the log the drawing is still right */ });
  }

  // ---- details panel -----------------------------------------------------------------------

  // Stored for lookups only, or shown elsewhere in the panel.
  // A document's text is long: its evidence is shown with each edge instead.
  var HIDDEN_PROPERTIES = ["key", "name_norm", "symbol_key", "text", "key_ascii"];
  var DATE_PROPERTIES = ["date", "issued_on", "published", "valid_to", "as_of"];

  function propertyTable(props, skip) {
    var table = el("table", { className: "props" });
    Object.keys(props || {}).sort().forEach(function (name) {
      var value = props[name];
      if (HIDDEN_PROPERTIES.indexOf(name) >= 0 || (skip && skip.indexOf(name) >= 0)) return;
      if (value === null || value === undefined || value === "") return;
      var text = Array.isArray(value) ? value.join(", ") : typeof value === "object" ? JSON.stringify(value) : String(value);
      if (DATE_PROPERTIES.indexOf(name) >= 0) text = i18n.date(text);
      if (name === "level" && i18n.has("level." + text)) text = t("level." + text);
      var words = i18n.has("prop." + name) ? t("prop." + name) : name;
      table.appendChild(el("tr", {}, el("th", { scope: "row", title: name, text: words }), el("td", { text: text })));
    });
    return table;
  }

  function nodeActions(key, label) {
    var actions = el("div", { className: "actions" });
    if (label === "Resolution") {
      actions.appendChild(el("button", { type: "button", text: t("details.lineageHere"), onclick: function () { openLineage(key); } }));
    }
    actions.appendChild(el("button", { type: "button", text: t("details.neighbourhood"), onclick: function () { openNeighbourhood(key); } }));
    return actions;
  }

  function showNode(data) {
    state.shown = { kind: "node", data: data };
    var body = clear($("details-body"));
    var label = data.label || "Entity";
    body.setAttribute("data-kind", "node");
    body.setAttribute("data-key", data.key);
    var when = dateOf(data.properties);
    body.appendChild(el("div", { className: "details-head" }, badge(label), el("h3", { text: displayName(data.key, data.properties) })));
    body.appendChild(el("p", { className: "key" }, data.key, when ? el("span", { className: "when", text: " · " + i18n.date(when) }) : null));
    body.appendChild(propertyTable(data.properties, ["name", "title"].filter(function (f) { return data.properties && data.properties[f] === displayName(data.key, data.properties); })));
    body.appendChild(curationNotes(data.key, null));
    body.appendChild(nodeActions(data.key, label));
    if (label === "Locality") body.appendChild(reachedDirectives(data.key));
    var route = DETAIL_ROUTES[label];
    if (!route) return;
    var relations = el("div", { className: "relations" }, el("p", { className: "hint", text: t("details.loading") }));
    body.appendChild(relations);
    api(route + encodeKey(data.key)).then(function (detail) {
      if ($("details-body").getAttribute("data-key") !== data.key) return; // another node was clicked meanwhile
      clear(relations);
      var roles = Object.keys(detail.relations || {});
      if (!roles.length) relations.appendChild(el("p", { className: "hint", text: t("details.noRelations") }));
      roles.forEach(function (role) {
        var links = detail.relations[role].slice();
        // Meetings of one body share a name: newest first, each with its date.
        if (links.some(function (l) { return l.date; })) {
          links.sort(function (a, b) { return String(b.date || "").localeCompare(String(a.date || "")); });
        }
        var list = el("ul", { className: "links" });
        links.forEach(function (link) { list.appendChild(linkItem(link)); });
        var type = links[0] ? links[0].type : "";
        var heading = el("h4", { title: type ? type + (links[0].direction === "in" ? " ←" : " →") : null,
          text: (i18n.has("role." + role) ? t("role." + role) : role) + " (" + links.length + ")" });
        relations.appendChild(el("section", { "data-role": role }, heading, list));
      });
    }).catch(function (err) {
      clear(relations);
      relations.appendChild(el("p", { className: "error-text", text: t("details.relationsFailed", { m: err.message }) }));
    });
  }

  // The corrections that name `key` (GET /curations?key=): "corrected by <author>, <why>"; for an edge
  // (`edge` = {source, target, types}) only the corrections of that edge.
  function curationNotes(key, edge) {
    var box = el("section", { className: "curations", hidden: true });
    api("curations?key=" + encodeURIComponent(key)).then(function (out) {
      var entries = out.items.filter(function (e) { return e.action !== "undo"; });
      if (edge) {
        entries = entries.filter(function (e) {
          var ends = (e.source === edge.source && e.target === edge.target) || (e.source === edge.target && e.target === edge.source);
          return ends && (!e.type || edge.types.indexOf(e.type) >= 0);
        });
      }
      if (!entries.length) return;
      box.appendChild(el("h4", { text: t("curation.title") }));
      var list = el("ul", { className: "curation-list" });
      entries.forEach(function (e) {
        var what = t("curation." + e.action, { source: e.source, target: e.target, type: e.type ? relationName(e.type) : "", name: e.name });
        list.appendChild(el("li", { className: "curation" + (e.in_force ? "" : " undone"), "data-id": e.id, "data-action": e.action },
          el("span", { className: "curation-by", text: t("curation.by", { author: e.author, why: e.why || "—" }) }),
          el("span", { className: "curation-what", text: " (" + what + ", " + i18n.date(e.at) + (e.in_force ? "" : ", " + t("curation.undone")) + ")" })));
      });
      box.appendChild(list);
      box.hidden = false;
    }).catch(function (err) {
      box.appendChild(el("p", { className: "error-text", text: t("curation.failed", { m: err.message }) }));
      box.hidden = false;
    });
    return box;
  }

  // What reached a locality: the API's walk (graph/queries/locality_directives.cypher), the same
  // one the Neo4j Browser saved query runs; each directive with the chain that brought it.
  function reachedDirectives(key) {
    var section = el("section", { className: "reached" }, el("h4", { text: t("details.reached") }),
      el("p", { className: "hint", text: t("details.loadingShort") }));
    api("localities/" + encodeKey(key) + "/directives").then(function (out) {
      if ($("details-body").getAttribute("data-key") !== key) return;
      section.removeChild(section.lastChild);
      if (!out.items.length) { section.appendChild(el("p", { className: "hint", text: t("details.reachedNone") })); return; }
      var list = el("ul", { className: "links" });
      out.items.forEach(function (item) {
        var open = el("button", { type: "button", className: "link", text: displayName(item.key, item.properties),
          title: item.key, onclick: function () { openLineage(item.key); } });
        list.appendChild(el("li", {}, badge(mainLabel(item.labels)), " ", open,
          el("span", { className: "edge-props", text: t("details.via") + item.chain.slice(1, -1).join(" › ") })));
      });
      section.appendChild(list);
    }).catch(function (err) {
      section.removeChild(section.lastChild);
      section.appendChild(el("p", { className: "error-text", text: t("details.reachedFailed", { m: err.message }) }));
    });
    return section;
  }

  function linkItem(link) {
    var label = mainLabel(link.labels);
    var shown = link.name && link.name !== link.key ? link.name : label === "Resolution" ? link.key.split(":")[0].split("@")[0] : link.key;
    var open = el("button", {
      type: "button",
      className: "link",
      text: shown,
      title: link.key,
      onclick: function () { if (label === "Resolution") openLineage(link.key); else openNeighbourhood(link.key); },
    });
    var item = el("li", { "data-key": link.key }, badge(label), " ", open,
      link.date ? el("span", { className: "link-date", text: " · " + i18n.date(link.date) }) : null);
    var extra = Object.keys(link.edge || {}).filter(function (k) { return k !== "id" && link.edge[k] !== null && link.edge[k] !== ""; });
    if (extra.length) {
      item.appendChild(el("span", { className: "edge-props", text: " " + extra.map(function (k) {
        var value = DATE_PROPERTIES.indexOf(k) >= 0 ? i18n.date(link.edge[k]) : link.edge[k];
        return (i18n.has("prop." + k) ? t("prop." + k) : k) + ": " + value;
      }).join(" · ") }));
    }
    if (link.evidence && link.evidence.length) {
      var more = el("details", {}, el("summary", { text: t("details.evidenceToggle") }));
      var filled = false;
      more.addEventListener("toggle", function () { // documents are fetched when the evidence is opened
        if (!more.open || filled) return;
        filled = true;
        more.appendChild(evidenceList(link.evidence, (link.edge || {}).derived_from));
      });
      item.appendChild(more);
    }
    return item;
  }

  // The evidence span inside its sentence. The span indexes the document's text (GET /documents/{key}):
  // the sentence is found in the text around the span, and the span marked inside it. Returns
  // [before, marked, after], or null when the sentence is not in the text as written.
  function splitSentence(sentence, text, span) {
    if (!sentence || !text || !span || span[0] === null || span[1] === null || span[0] < 0 || span[1] <= span[0]) return null;
    var start = span[0], end = span[1];
    var from = text.lastIndexOf(sentence, start);
    if (from < 0 || end > from + sentence.length) {
      // the sentence may start after a shorter copy of itself: look forward from a little before the span
      from = text.indexOf(sentence, Math.max(0, start - sentence.length));
      if (from < 0 || from > start || end > from + sentence.length) {
        var phrase = text.slice(start, end);
        var at = phrase ? sentence.indexOf(phrase) : -1;
        if (at < 0) return null;
        return [sentence.slice(0, at), phrase, sentence.slice(at + phrase.length)];
      }
    }
    return [sentence.slice(0, start - from), sentence.slice(start - from, end - from), sentence.slice(end - from)];
  }

  // An edge not read from a sentence (derived_from: "gazetteer", "rule:...") lists only its documents;
  // one a curator added (docs "curation:<id>") says who added it and why.
  function evidenceList(evidence, derivedFrom) {
    var list = el("ol", { className: "evidence" });
    evidence.forEach(function (ev) {
      if (String(ev.doc).indexOf("curation:") === 0) {
        var author = String(ev.extractor || "").replace(/^curation by /, "");
        list.appendChild(el("li", { className: "curation", "data-id": ev.doc.slice("curation:".length) },
          el("p", { className: "curation-by", text: t("curation.by", { author: author, why: ev.sentence || "—" }) })));
        return;
      }
      var source = el("span", { className: "doc" }, el("span", { className: "doc-key", text: ev.doc }));
      var quote = el("blockquote", { className: "sentence", text: ev.sentence || (derivedFrom ? t("evidence.derived", { d: derivedFrom }) : t("evidence.noSentence")) });
      var item = el("li", {}, quote,
        el("p", { className: "source" }, t("evidence.document"), source,
          ev.span && ev.span[0] !== null && ev.span[0] >= 0 ? el("span", { className: "span", text: t("evidence.chars", { a: ev.span[0], b: ev.span[1] }) }) : null,
          ev.extractor ? el("span", { className: "extractor", text: " · " + ev.extractor }) : null));
      list.appendChild(item);
      documentInfo(ev.doc).then(function (doc) {
        if (doc.title) source.appendChild(el("span", { className: "doc-title", text: " — " + doc.title }));
        if (doc.published) source.appendChild(el("span", { className: "doc-date", text: " (" + i18n.date(doc.published) + ")" }));
        var parts = splitSentence(ev.sentence, doc.text, ev.span);
        if (parts) {
          clear(quote);
          quote.appendChild(document.createTextNode(parts[0]));
          quote.appendChild(el("mark", { className: "span-mark", text: parts[1] }));
          quote.appendChild(document.createTextNode(parts[2]));
        }
      });
    });
    return list;
  }

  function endpoint(key) {
    var node = cy && cy.getElementById(key);
    var drawn = node && node.nonempty();
    var name = drawn ? (node.data("key") ? displayName(key, node.data("properties")) : node.data("name")) : key;
    return el("button", { type: "button", className: "link", text: name, title: key, onclick: function () {
      if (!drawn) return;
      cy.$(":selected").unselect();
      node.select();
      if (node.data("key")) showNode(node.data());
    } });
  }

  function showEdge(data) {
    state.shown = { kind: "edge", data: data };
    var body = clear($("details-body"));
    body.setAttribute("data-kind", "edge");
    body.setAttribute("data-key", data.id);
    var relations = data.relations || [{ source: data.source, target: data.target, type: data.type, properties: data.properties, evidence: data.evidence }];
    var head = el("div", { className: "details-head" });
    data.types.forEach(function (type) { head.appendChild(relation(type, "badge edge-badge")); });
    head.appendChild(el("h3", { text: relations.length > 1 ? t("details.relations", { n: relations.length }) : t("details.evidence") }));
    body.appendChild(head);
    var single = relations.length === 1;
    relations.forEach(function (r) {
      var section = el("section", { className: "edge-relation", "data-type": r.type });
      section.appendChild(el("p", { className: "edge-ends" }, endpoint(r.source), el("span", { className: "arrow" }, " — ", relation(r.type), " → "), endpoint(r.target)));
      var own = {};
      Object.keys(r.properties || {}).forEach(function (k) { if (k !== "id") own[k] = r.properties[k]; });
      if (Object.keys(own).length) section.appendChild(propertyTable(own));
      if (!r.evidence || !r.evidence.length) section.appendChild(el("p", { className: "hint", text: t("details.noEvidence") }));
      else if (single || relations.length <= 3) section.appendChild(evidenceList(r.evidence, (r.properties || {}).derived_from));
      else {
        var more = el("details", {}, el("summary", { text: t("details.evidenceToggle") + " (" + r.evidence.length + ")" }));
        more.addEventListener("toggle", function () {
          if (more.open && more.childNodes.length === 1) more.appendChild(evidenceList(r.evidence, (r.properties || {}).derived_from));
        });
        section.appendChild(more);
      }
      body.appendChild(section);
    });
    if (single) body.appendChild(curationNotes(data.source, { source: data.source, target: data.target, types: data.types }));
  }

  // ---- language ----------------------------------------------------------------------------

  function applyLanguage() {
    document.documentElement.lang = i18n.language();
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n]"), function (node) { node.textContent = t(node.getAttribute("data-i18n")); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n-placeholder]"), function (node) { node.setAttribute("placeholder", t(node.getAttribute("data-i18n-placeholder"))); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n-title]"), function (node) { node.setAttribute("title", t(node.getAttribute("data-i18n-title"))); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n-aria-label]"), function (node) { node.setAttribute("aria-label", t(node.getAttribute("data-i18n-aria-label"))); });
    Array.prototype.forEach.call(document.querySelectorAll(".lang button"), function (button) {
      button.setAttribute("aria-pressed", button.getAttribute("data-lang") === i18n.language() ? "true" : "false");
    });
    if (state.view) $("graph-title").textContent = t(state.view === "lineage" ? "graph.lineage" : "graph.neighbourhood");
  }

  function switchLanguage(language) {
    i18n.set(language, true);
    applyLanguage();
    if (state.lineage || state.around) render();
    if (state.shown) (state.shown.kind === "node" ? showNode : showEdge)(state.shown.data);
  }

  // ---- wiring ------------------------------------------------------------------------------

  function fromHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    var direction = params.get("direction");
    var depth = parseInt(params.get("depth") || "", 10);
    if (direction === "down" || direction === "up") {
      state.direction = direction;
      document.querySelector("input[name=direction][value=" + direction + "]").checked = true;
    }
    if (depth > 0) {
      state.depth = depth;
      var select = $("depth-select");
      if (!select.querySelector("option[value='" + depth + "']")) select.appendChild(el("option", { value: depth, text: depth }));
      select.value = String(depth);
    }
    setMode(params.get("view") === "table" ? "table" : "graph", true);
    if (params.get("lineage")) openLineage(params.get("lineage"), true);
    else if (params.get("node")) openNeighbourhood(params.get("node"), true);
  }

  function init() {
    applyLanguage();
    Array.prototype.forEach.call(document.querySelectorAll(".lang button"), function (button) {
      button.addEventListener("click", function () { switchLanguage(this.getAttribute("data-lang")); });
    });
    var saved = sessionStorage.getItem("dg-token");
    if (saved) $("token-input").value = saved;
    $("token-input").addEventListener("change", function () { sessionStorage.setItem("dg-token", this.value.trim()); });
    $("token-form").addEventListener("submit", function (event) {
      event.preventDefault();
      sessionStorage.setItem("dg-token", $("token-input").value.trim());
      this.parentNode.open = false;
      if (state.key) (state.view === "lineage" ? openLineage : openNeighbourhood)(state.key, true);
    });
    $("search-form").addEventListener("submit", function (event) {
      event.preventDefault();
      search($("search-input").value);
    });
    $("results-toggle").addEventListener("click", function () { showResults(!document.body.classList.contains("results-open")); });
    Array.prototype.forEach.call(document.querySelectorAll("input[name=direction]"), function (input) {
      input.addEventListener("change", function () { state.direction = this.value; reload(); });
    });
    Array.prototype.forEach.call(document.querySelectorAll("input[name=view]"), function (input) {
      input.addEventListener("change", function () { setMode(this.value); });
    });
    $("depth-select").addEventListener("change", function () { state.depth = parseInt(this.value, 10); reload(); });
    $("fit-button").addEventListener("click", function () { fitTo(); });
    window.addEventListener("hashchange", fromHash); // back, forward, or an edited address
    if (!ensureGraph()) {
      showMessage("error", t("message.noLibrary"));
      document.body.classList.add("no-graph");
    }
    fromHash();
  }

  init();
})();
