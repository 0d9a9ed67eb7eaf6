// directive-graph lineage page: search, draw a resolution's lineage with cytoscape, and show the
// details of a node or the evidence of an edge. Plain script, no build step; cytoscape is vendored
// into static/vendor/ by `make web-assets`. Everything the API returns is inserted as text, never
// as HTML. The drawing is exposed as `window.dgGraph` (the cytoscape instance) for tests.
(function () {
  "use strict";

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

  // The detail route of each label (Organization has none: its node and neighbours are shown).
  var DETAIL_ROUTES = {
    Resolution: "resolutions/",
    Official: "officials/",
    Meeting: "meetings/",
    Project: "projects/",
    Locality: "localities/",
    Document: "documents/",
  };

  var ROLE_NAMES = {
    implements: "Implements",
    implemented_by: "Implemented by",
    cites: "Cites",
    cited_by: "Cited by",
    concluded: "Concluded",
    concluded_by: "Concluded by",
    assigned_to: "Assigned to",
    assigned: "Assigned",
    attended: "Attended",
    attendees: "Attendees",
    posts: "Posts held",
    post_holders: "Post holders",
    issued_by: "Issued by",
    issued: "Issued",
    held_by: "Held by",
    meetings_held: "Meetings held",
    part_of: "Part of",
    parts: "Parts",
    merged_into: "Merged into",
    merged_from: "Merged from",
    mentioned_in: "Mentioned in",
    mentions: "Mentions",
  };

  var $ = function (id) { return document.getElementById(id); };
  var state = { view: null, key: null, direction: "down", depth: 3, request: 0, capped: null };
  var documents = {}; // document key -> promise of its details (title, published)
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

  function displayName(key, props) {
    props = props || {};
    return String(props.name || props.title || props.body || key);
  }

  function caption(key, label, props) {
    var text = label === "Resolution" ? key.split(":")[0] : displayName(key, props);
    return text.length > 40 ? text.slice(0, 38) + "…" : text;
  }

  function badge(label) {
    var style = LABELS[label] || LABELS.Entity;
    return el("span", { className: "badge", style: "background:" + style.color + ";color:" + style.text, text: label });
  }

  // ---- messages ----------------------------------------------------------------------------

  function showMessage(kind, text, extra) {
    var box = clear($("message"));
    box.className = "message " + kind;
    box.appendChild(el("span", { text: text }));
    if (extra) box.appendChild(extra);
    box.appendChild(el("button", { type: "button", className: "close", "aria-label": "dismiss", text: "×", onclick: hideMessage }));
    box.hidden = false;
  }

  function hideMessage() {
    $("message").hidden = true;
  }

  function showError(err) {
    if (!(err instanceof ApiError)) {
      showMessage("error", "Something went wrong in the page: " + (err && err.message ? err.message : String(err)));
      return;
    }
    var extra = null;
    var candidates = err.detail && err.detail.candidates;
    if (err.code === "ambiguous" && Array.isArray(candidates)) {
      // detail values are JSON: candidates is a list of keys (a key may itself contain a comma)
      extra = el("span", { className: "candidates" }, " Pick one: ");
      candidates.forEach(function (key) {
        if (typeof key === "string" && key) extra.appendChild(el("button", { type: "button", className: "link", text: key, onclick: function () { openLineage(key); } }));
      });
    } else if (err.status === 401) {
      extra = el("span", {}, " Enter the access token under “Access token” and try again.");
    }
    showMessage("error", err.message + (err.code ? " (" + err.code + ")" : ""), extra);
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
          throw new ApiError(response.status, "http_" + response.status, "The API answered " + response.status + " " + response.statusText);
        });
      },
      function () {
        throw new ApiError(0, "unreachable", "Cannot reach the API server; is `dg serve` running?");
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
    $("results-hint").textContent = "Searching…";
    api("search?q=" + encodeURIComponent(query) + "&limit=30").then(function (out) {
      hideMessage();
      $("results-hint").textContent = out.results.length
        ? out.results.length + " result" + (out.results.length === 1 ? "" : "s") + " for “" + out.query + "”"
        : "Nothing found for “" + out.query + "”. Try fewer words or a symbol like 204-QĐ/TW.";
      out.results.forEach(function (hit) {
        var button = el("button", {
          type: "button",
          className: "result",
          "data-key": hit.key,
          "data-label": hit.label,
          onclick: function () {
            markActive(button);
            if (hit.label === "Resolution") openLineage(hit.key);
            else openNeighbourhood(hit.key);
          },
        }, badge(hit.label), el("span", { className: "result-name", text: hit.name }), el("span", { className: "result-key", text: hit.key }));
        list.appendChild(el("li", {}, button));
      });
    }).catch(function (err) {
      $("results-hint").textContent = "The search failed.";
      showError(err);
    });
  }

  function markActive(button) {
    Array.prototype.forEach.call(document.querySelectorAll(".result.active"), function (b) { b.classList.remove("active"); });
    button.classList.add("active");
  }

  // ---- drawing -----------------------------------------------------------------------------

  function ensureGraph() {
    if (cy) return cy;
    if (typeof window.cytoscape !== "function") return null;
    cy = window.cytoscape({
      container: $("graph"),
      elements: [],
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        {
          selector: "node",
          style: {
            "background-color": "data(color)",
            shape: "data(shape)",
            label: "data(caption)",
            "font-size": 11,
            "font-family": "system-ui, sans-serif",
            color: "#1d1d1d",
            "text-valign": "bottom",
            "text-margin-y": 5,
            "text-wrap": "wrap",
            "text-max-width": "130px",
            "text-background-color": "#ffffff",
            "text-background-opacity": 0.85,
            "text-background-padding": "2px",
            width: 28,
            height: 28,
            "border-width": 1,
            "border-color": "#ffffff",
          },
        },
        { selector: "node.root", style: { width: 40, height: 40, "border-width": 4, "border-color": "#1d1d1d", "font-weight": "bold" } },
        { selector: "node:selected", style: { "border-width": 4, "border-color": "#f5c400" } },
        {
          selector: "edge",
          style: {
            width: 2,
            "line-color": "#9aa3b1",
            "target-arrow-color": "#9aa3b1",
            "target-arrow-shape": "triangle",
            "curve-style": "bezier",
            label: "data(caption)",
            "font-size": 9,
            color: "#56657a",
            "text-rotation": "autorotate",
            "text-background-color": "#ffffff",
            "text-background-opacity": 1,
            "text-background-padding": "1px",
          },
        },
        { selector: "edge[type = 'IMPLEMENTS']", style: { "line-color": "#c0392b", "target-arrow-color": "#c0392b", width: 3 } },
        { selector: "edge[type = 'MENTIONED_IN']", style: { label: "", "line-style": "dashed", "line-color": "#d5d9df", "target-arrow-color": "#d5d9df" } },
        { selector: "edge:selected", style: { "line-color": "#f5c400", "target-arrow-color": "#f5c400", width: 5 } },
      ],
    });
    cy.on("tap", "node", function (event) { showNode(event.target.data()); });
    cy.on("tap", "edge", function (event) { showEdge(event.target.data()); });
    window.dgGraph = cy;
    return cy;
  }

  // HOLDS {title, as_of} and ATTENDED {role} say more than their type.
  function edgeCaption(type, props) {
    var detail = props.title || props.role;
    if (!detail) return type;
    return type + " · " + detail + (props.as_of ? " (" + props.as_of + ")" : "");
  }

  function toElements(nodes, edges, root) {
    var elements = [];
    var present = {};
    nodes.forEach(function (n) {
      var label = mainLabel(n.labels);
      var style = LABELS[label] || LABELS.Entity;
      present[n.key] = true;
      elements.push({
        group: "nodes",
        classes: n.key === root ? "root" : "",
        data: {
          id: n.key,
          key: n.key,
          label: label,
          labels: n.labels,
          properties: n.properties || {},
          depth: n.depth,
          caption: caption(n.key, label, n.properties),
          color: style.color,
          shape: style.shape,
        },
      });
    });
    edges.forEach(function (e, i) {
      if (!present[e.source] || !present[e.target]) return;
      elements.push({
        group: "edges",
        data: {
          id: "e" + i + ":" + e.source + "|" + e.type + "|" + e.target,
          source: e.source,
          target: e.target,
          type: e.type,
          caption: edgeCaption(e.type, e.properties || {}),
          properties: e.properties || {},
          evidence: e.evidence || [],
        },
      });
    });
    return elements;
  }

  // A lineage is a tree: breadth-first from the root ("up" draws the sources above it).
  // A neighbourhood is a star: the centre in the middle, its neighbours around it.
  function layoutOptions(graph, root, direction) {
    var roots = [root].filter(function (k) { return graph.getElementById(k).nonempty(); });
    if (direction === "around") {
      return {
        name: "concentric",
        concentric: function (node) { return node.id() === root ? 2 : 1; },
        levelWidth: function () { return 1; },
        minNodeSpacing: 30,
        nodeDimensionsIncludeLabels: true,
        padding: 30,
        animate: false,
      };
    }
    return {
      name: "breadthfirst",
      directed: false,
      roots: roots,
      spacingFactor: 1.1,
      nodeDimensionsIncludeLabels: true,
      padding: 30,
      animate: false,
      transform: function (node, position) { return direction === "up" ? { x: position.x, y: -position.y } : position; },
    };
  }

  function draw(nodes, edges, root, direction) {
    var graph = ensureGraph();
    if (!graph) {
      showMessage("error", "The drawing library is missing: run `make web-assets` (it copies cytoscape into app/web/vendor/), then reload.");
      return false;
    }
    graph.elements().remove();
    graph.add(toElements(nodes, edges, root));
    $("graph-empty").hidden = graph.nodes().length > 0;
    graph.layout(layoutOptions(graph, root, direction)).run();
    graph.fit(undefined, 30);
    if (graph.zoom() > 1.25) { // a handful of nodes: do not blow them up
      graph.zoom(1.25);
      graph.center();
    }
    $("graph").setAttribute("data-root", root);
    drawLegend(graph);
    return true;
  }

  function drawLegend(graph) {
    var legend = clear($("legend"));
    var seen = {};
    graph.nodes().forEach(function (n) { seen[n.data("label")] = true; });
    Object.keys(LABELS).forEach(function (label) {
      if (seen[label]) legend.appendChild(el("li", {}, el("span", { className: "swatch", style: "background:" + LABELS[label].color }), label));
    });
  }

  // ---- views -------------------------------------------------------------------------------

  function setHash(replace) {
    var params = new URLSearchParams();
    params.set(state.view, state.key);
    if (state.view === "lineage") {
      params.set("direction", state.direction);
      params.set("depth", String(state.depth));
    }
    var hash = "#" + params.toString();
    if (location.hash !== hash) history[replace ? "replaceState" : "pushState"](null, "", hash);
  }

  // Direction and depth apply to a lineage, not to a neighbourhood.
  function enableControls(enabled) {
    Array.prototype.forEach.call(document.querySelectorAll(".controls input, .controls select"), function (input) {
      input.disabled = !enabled;
    });
  }

  function openLineage(key, fromHash) {
    state.view = "lineage";
    enableControls(true);
    state.key = key;
    if (!fromHash) setHash();
    $("graph-title").textContent = "Lineage";
    $("graph-root").textContent = key + (state.direction === "down" ? " ↓" : " ↑");
    document.body.classList.add("loading");
    var path = "resolutions/" + encodeKey(key) + "/lineage?direction=" + state.direction + "&depth=" + state.depth;
    var request = ++state.request;
    return api(path).then(function (tree) {
      if (request !== state.request) return; // a newer drawing was asked for meanwhile
      hideMessage();
      state.key = tree.root;
      $("graph-root").textContent = tree.root + (tree.direction === "down" ? " ↓" : " ↑");
      var root = tree.nodes.filter(function (n) { return n.key === tree.root; })[0];
      if (root) showNode({ key: root.key, label: mainLabel(root.labels), properties: root.properties || {} });
      if (!draw(tree.nodes, tree.edges, tree.root, tree.direction)) return;
      if (tree.nodes.length <= 1) {
        showMessage("info", "Nothing found " + (tree.direction === "down" ? "below " : "above ") + tree.root +
          " within depth " + tree.depth + ". Try the other direction or a larger depth.");
      } else if (state.capped) {
        showMessage("info", "Depth capped at " + state.capped + " by the server (DG_MAX_LINEAGE_DEPTH).");
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
    if (!fromHash) setHash();
    $("graph-title").textContent = "Neighbourhood";
    $("graph-root").textContent = key;
    document.body.classList.add("loading");
    var request = ++state.request;
    return api("graph/neighbourhood?key=" + encodeURIComponent(key) + "&depth=1").then(function (out) {
      if (request !== state.request) return;
      hideMessage();
      var centre = out.nodes.filter(function (n) { return n.key === key; })[0];
      if (centre) showNode({ key: centre.key, label: mainLabel(centre.labels), properties: centre.properties || {} });
      draw(out.nodes, out.edges, key, "around");
    }).catch(showError).then(function () { document.body.classList.remove("loading"); });
  }

  function reload() {
    if (state.view === "lineage" && state.key) openLineage(state.key);
  }

  // ---- details panel -----------------------------------------------------------------------

  // Stored for lookups only, or shown elsewhere in the panel.
  // A document's text is long: its evidence is shown with each edge instead.
  var HIDDEN_PROPERTIES = ["key", "name_norm", "symbol_key", "text"];

  function propertyTable(props, skip) {
    var table = el("table", { className: "props" });
    Object.keys(props || {}).sort().forEach(function (name) {
      var value = props[name];
      if (HIDDEN_PROPERTIES.indexOf(name) >= 0 || (skip && skip.indexOf(name) >= 0)) return;
      if (value === null || value === undefined || value === "") return;
      var text = Array.isArray(value) ? value.join(", ") : typeof value === "object" ? JSON.stringify(value) : String(value);
      table.appendChild(el("tr", {}, el("th", { scope: "row", text: name }), el("td", { text: text })));
    });
    return table;
  }

  function nodeActions(key, label) {
    var actions = el("div", { className: "actions" });
    if (label === "Resolution") {
      actions.appendChild(el("button", { type: "button", text: "Lineage from here", onclick: function () { openLineage(key); } }));
    }
    actions.appendChild(el("button", { type: "button", text: "Neighbourhood", onclick: function () { openNeighbourhood(key); } }));
    return actions;
  }

  function showNode(data) {
    var body = clear($("details-body"));
    var label = data.label || "Entity";
    body.setAttribute("data-kind", "node");
    body.setAttribute("data-key", data.key);
    body.appendChild(el("div", { className: "details-head" }, badge(label), el("h3", { text: displayName(data.key, data.properties) })));
    body.appendChild(el("p", { className: "key", text: data.key }));
    body.appendChild(propertyTable(data.properties, ["name", "title"].filter(function (f) { return data.properties && data.properties[f] === displayName(data.key, data.properties); })));
    body.appendChild(nodeActions(data.key, label));
    if (label === "Locality") body.appendChild(reachedDirectives(data.key));
    var route = DETAIL_ROUTES[label];
    if (!route) return;
    var relations = el("div", { className: "relations" }, el("p", { className: "hint", text: "Loading relations…" }));
    body.appendChild(relations);
    api(route + encodeKey(data.key)).then(function (detail) {
      if ($("details-body").getAttribute("data-key") !== data.key) return; // another node was clicked meanwhile
      clear(relations);
      var roles = Object.keys(detail.relations || {});
      if (!roles.length) relations.appendChild(el("p", { className: "hint", text: "No relations." }));
      roles.forEach(function (role) {
        var links = detail.relations[role];
        var list = el("ul", { className: "links" });
        links.forEach(function (link) { list.appendChild(linkItem(link)); });
        relations.appendChild(el("section", {}, el("h4", { text: (ROLE_NAMES[role] || role) + " (" + links.length + ")" }), list));
      });
    }).catch(function (err) {
      clear(relations);
      relations.appendChild(el("p", { className: "error-text", text: "Could not load the relations: " + err.message }));
    });
  }

  // What reached a locality: the API's walk (graph/queries/locality_directives.cypher), the same
  // one the Neo4j Browser saved query runs; each directive with the chain that brought it.
  function reachedDirectives(key) {
    var section = el("section", { className: "reached" }, el("h4", { text: "Directives that reached it" }),
      el("p", { className: "hint", text: "Loading…" }));
    api("localities/" + encodeKey(key) + "/directives").then(function (out) {
      if ($("details-body").getAttribute("data-key") !== key) return;
      section.removeChild(section.lastChild);
      if (!out.items.length) { section.appendChild(el("p", { className: "hint", text: "None." })); return; }
      var list = el("ul", { className: "links" });
      out.items.forEach(function (item) {
        var open = el("button", { type: "button", className: "link", text: displayName(item.key, item.properties),
          title: item.key, onclick: function () { openLineage(item.key); } });
        list.appendChild(el("li", {}, badge(mainLabel(item.labels)), " ", open,
          el("span", { className: "edge-props", text: " via " + item.chain.slice(1, -1).join(" › ") })));
      });
      section.appendChild(list);
    }).catch(function (err) {
      section.removeChild(section.lastChild);
      section.appendChild(el("p", { className: "error-text", text: "Could not load the directives: " + err.message }));
    });
    return section;
  }

  function linkItem(link) {
    var label = mainLabel(link.labels);
    var open = el("button", {
      type: "button",
      className: "link",
      text: link.name || link.key,
      title: link.key,
      onclick: function () { if (label === "Resolution") openLineage(link.key); else openNeighbourhood(link.key); },
    });
    var item = el("li", {}, badge(label), " ", open);
    var extra = Object.keys(link.edge || {}).filter(function (k) { return k !== "id" && link.edge[k] !== null && link.edge[k] !== ""; });
    if (extra.length) {
      item.appendChild(el("span", { className: "edge-props", text: " " + extra.map(function (k) { return k + ": " + link.edge[k]; }).join(" · ") }));
    }
    if (link.evidence && link.evidence.length) {
      item.appendChild(el("details", {}, el("summary", { text: "evidence" }), evidenceList(link.evidence, (link.edge || {}).derived_from)));
    }
    return item;
  }

  // An edge not read from a sentence (derived_from: "gazetteer", "rule:...") lists only its documents.
  function evidenceList(evidence, derivedFrom) {
    var list = el("ol", { className: "evidence" });
    evidence.forEach(function (ev) {
      var source = el("span", { className: "doc" }, el("span", { className: "doc-key", text: ev.doc }));
      var item = el("li", {},
        el("blockquote", { className: "sentence", text: ev.sentence || (derivedFrom ? "(not read from a sentence: derived from " + derivedFrom + ")" : "(no sentence recorded)") }),
        el("p", { className: "source" }, "Document: ", source,
          ev.span && ev.span[0] !== null ? el("span", { className: "span", text: " · characters " + ev.span[0] + "–" + ev.span[1] }) : null,
          ev.extractor ? el("span", { className: "extractor", text: " · " + ev.extractor }) : null));
      list.appendChild(item);
      documentInfo(ev.doc).then(function (doc) {
        if (doc.title) source.appendChild(el("span", { className: "doc-title", text: " — " + doc.title }));
        if (doc.published) source.appendChild(el("span", { className: "doc-date", text: " (" + doc.published + ")" }));
      });
    });
    return list;
  }

  function showEdge(data) {
    var body = clear($("details-body"));
    body.setAttribute("data-kind", "edge");
    body.setAttribute("data-key", data.id);
    body.appendChild(el("div", { className: "details-head" }, el("span", { className: "badge edge-badge", text: data.type }), el("h3", { text: "Evidence" })));
    var endpoint = function (key) {
      var node = cy && cy.getElementById(key);
      var name = node && node.nonempty() ? displayName(key, node.data("properties")) : key;
      return el("button", { type: "button", className: "link", text: name, title: key, onclick: function () { if (node && node.nonempty()) { cy.$(":selected").unselect(); node.select(); showNode(node.data()); } } });
    };
    body.appendChild(el("p", { className: "edge-ends" }, endpoint(data.source), el("span", { className: "arrow", text: " —" + data.type + "→ " }), endpoint(data.target)));
    var own = {};
    Object.keys(data.properties || {}).forEach(function (k) { if (k !== "id") own[k] = data.properties[k]; });
    if (Object.keys(own).length) body.appendChild(propertyTable(own));
    if (!data.evidence || !data.evidence.length) {
      body.appendChild(el("p", { className: "hint", text: "No evidence recorded on this edge." }));
      return;
    }
    body.appendChild(evidenceList(data.evidence, (data.properties || {}).derived_from));
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
    if (params.get("lineage")) openLineage(params.get("lineage"), true);
    else if (params.get("node")) openNeighbourhood(params.get("node"), true);
  }

  function init() {
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
    Array.prototype.forEach.call(document.querySelectorAll("input[name=direction]"), function (input) {
      input.addEventListener("change", function () { state.direction = this.value; reload(); });
    });
    $("depth-select").addEventListener("change", function () { state.depth = parseInt(this.value, 10); reload(); });
    $("fit-button").addEventListener("click", function () { if (cy) cy.fit(undefined, 30); });
    window.addEventListener("hashchange", fromHash); // back, forward, or an edited address
    if (!ensureGraph()) {
      showMessage("error", "The drawing library is missing: run `make web-assets` (it copies cytoscape into app/web/vendor/), then reload. Search still works.");
      document.body.classList.add("no-graph");
    }
    fromHash();
  }

  init();
})();
