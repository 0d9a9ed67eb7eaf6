// directive-graph page: where each node of a lineage is drawn. Pure functions over plain data (no DOM,
// no cytoscape), exposed as window.dgLayout.
//
// A lineage is drawn in layers, one per administrative level: central at the top, then provincial,
// district, commune (DESIGN.md: a directive flows central -> provincial -> district -> commune). Below the
// central layer the nodes are grouped by province, one block per province; a block keeps the three
// layers inside it, and a collapsed block is one node. Blocks are packed into lines as wide as the
// drawing area allows, and every line has its own layer labels on the left.
(function () {
  "use strict";

  var LEVELS = ["central", "provincial", "district", "commune"];
  var SLOT_W = 190; // one node and its caption (text-max-width 170px)
  var SLOT_H = 112; // a node, two caption lines, and room below them for the caption of an edge to the next row
  var BLOCK_GAP = 70; // between two province blocks
  var LINE_GAP = 70; // between two lines of blocks (room for the blocks' titles)
  var BAND_W = 40; // the layer labels end this far left of everything
  var MAX_PER_ROW = 6;

  // Lower case, without tone marks or đ: "Bắc Giang" -> "bac-giang", as keys write a province (…@bac-giang).
  function slug(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .toLowerCase().trim().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  }

  // Words that name a unit's level inside a body's or a place's name (Vietnamese administrative units:
  // reference/vietnamese-documents.md). "liên xã" (between communes) names no commune.
  var COMMUNE_WORDS = /(^|[\s,(])(xã|phường|thị trấn|đặc khu)(?=[\s,)]|$)/;
  var DISTRICT_WORDS = /(^|[\s,(])(huyện|quận|thị xã|huyện ủy|huyện uỷ|quận ủy|quận uỷ|thị ủy|thị uỷ)(?=[\s,)]|$)/;
  var LOCALITY_PREFIX = { tinh: "provincial", huyen: "district", xa: "commune" };
  var LOCALITY_LEVEL = {
    "tỉnh": "provincial", "thành phố trực thuộc trung ương": "provincial",
    "huyện": "district", "quận": "district", "thị xã": "district", "thành phố": "district",
    "xã": "commune", "phường": "commune", "thị trấn": "commune", "đặc khu": "commune",
  };

  function levelFromWords(text) {
    var lower = " " + String(text || "").normalize("NFC").toLowerCase().replace(/liên xã/g, "liên-xã") + " ";
    if (COMMUNE_WORDS.test(lower)) return "commune";
    if (DISTRICT_WORDS.test(lower)) return "district";
    return null;
  }

  // The level of one node, from the graph's own level when it has one (a Resolution's `level`, a Locality's
  // key or `level`), else from the words of its name or body; a node of a province is provincial, the rest
  // central. `assigned` is the level of the place a project is ASSIGNED_TO, when the drawing holds it.
  function levelOf(label, key, props, assigned) {
    props = props || {};
    if (LEVELS.indexOf(props.level) >= 0) return props.level;
    if (label === "Locality") {
      var prefix = String(key).split("/")[0];
      if (LOCALITY_PREFIX[prefix]) return LOCALITY_PREFIX[prefix];
      if (LOCALITY_LEVEL[String(props.level || "").toLowerCase()]) return LOCALITY_LEVEL[String(props.level).toLowerCase()];
    }
    if (label === "Project" && assigned) return assigned;
    var words = levelFromWords([props.name, props.body, props.title].filter(Boolean).join(" "));
    if (words) return words;
    return provinceSlug(key, props) ? "provincial" : "central";
  }

  // The province a node belongs to, as a slug: its `province`, else the "@province" of its key.
  function provinceSlug(key, props) {
    if (props && props.province) return slug(props.province);
    var at = String(key).lastIndexOf("@");
    if (at < 0) return null;
    var rest = String(key).slice(at + 1).split(/[/:]/)[0];
    return rest ? slug(rest) : null;
  }

  // Positions for `items` (in display order: {id, level, group}; group null for the central layer),
  // `groups` (display order: {id, name}), `collapsed` (group id -> true) and the drawing area's aspect
  // ratio (width / height). Returns {positions: id -> {x, y}, groupNodes: group id -> {x, y} for collapsed
  // groups, bands: [{level, x, y}], lines}.
  function arrange(items, groups, collapsed, aspect) {
    var positions = {};
    var groupNodes = {};
    var bands = [];
    var byGroup = {};
    var central = [];
    items.forEach(function (item) {
      if (!item.group) { central.push(item); return; }
      (byGroup[item.group] = byGroup[item.group] || []).push(item);
    });

    var blocks = groups.filter(function (g) { return byGroup[g.id]; }).map(function (g) {
      var members = byGroup[g.id];
      var cells = { 1: [], 2: [], 3: [] };
      members.forEach(function (item) { cells[Math.max(1, LEVELS.indexOf(item.level))].push(item); });
      if (collapsed[g.id]) {
        var top = [1, 2, 3].filter(function (l) { return cells[l].length; })[0] || 1;
        var rows = { 1: 0, 2: 0, 3: 0 };
        rows[top] = 1;
        return { group: g, collapsed: true, top: top, perRow: 1, width: SLOT_W, rows: rows, cells: cells };
      }
      var most = Math.max(cells[1].length, cells[2].length, cells[3].length);
      var perRow = Math.max(1, Math.min(MAX_PER_ROW, most, Math.ceil(Math.sqrt(most * 2))));
      var counts = {};
      [1, 2, 3].forEach(function (l) { counts[l] = Math.ceil(cells[l].length / perRow); });
      return { group: g, collapsed: false, perRow: perRow, width: perRow * SLOT_W, rows: counts, cells: cells };
    });

    // Lines of blocks: of the ways to break them into lines, the one the drawing area shows largest.
    var widest = blocks.reduce(function (w, b) { return Math.max(w, b.width); }, SLOT_W);
    var best = null;
    var candidates = [widest];
    var sum = 0;
    blocks.forEach(function (b, i) { sum += (i ? gapAfter(blocks[i - 1]) : 0) + b.width; if (sum > widest) candidates.push(sum); });
    candidates.forEach(function (target) {
      var tried = pack(blocks, target);
      var width = BAND_W + 140 + Math.max(SLOT_W, tried.width); // the layer labels take about 140 px
      var height = (central.length ? SLOT_H + LINE_GAP : 0) + tried.height;
      var scale = Math.min((aspect || 1.6) / width, 1 / height);
      if (!best || scale > best.scale * 1.0001) best = { scale: scale, lines: tried.lines, width: tried.width };
    });
    var lines = best ? best.lines : [];
    var fullWidth = Math.max(SLOT_W, best ? best.width : 0);

    // The central layer: centred above the blocks, wrapped when it is wider than they are.
    var y = 0;
    if (central.length) {
      var perRowC = Math.max(1, Math.min(central.length, Math.floor(fullWidth / SLOT_W)));
      var rowsC = Math.ceil(central.length / perRowC);
      central.forEach(function (item, i) {
        var row = Math.floor(i / perRowC);
        var inRow = Math.min(perRowC, central.length - row * perRowC);
        var left = fullWidth / 2 - (inRow * SLOT_W) / 2;
        positions[item.id] = { x: left + (i % perRowC) * SLOT_W + SLOT_W / 2, y: y + row * SLOT_H + SLOT_H / 2 };
      });
      bands.push({ level: "central", x: -BAND_W, y: y + (rowsC * SLOT_H) / 2 });
      y += rowsC * SLOT_H + LINE_GAP;
    }

    lines.forEach(function (ln) {
      var height = {};
      [1, 2, 3].forEach(function (l) {
        height[l] = ln.blocks.reduce(function (h, b) { return Math.max(h, b.rows[l]); }, 0) * SLOT_H;
      });
      var top = {};
      var cursor = y;
      [1, 2, 3].forEach(function (l) {
        top[l] = cursor;
        if (height[l]) bands.push({ level: LEVELS[l], x: -BAND_W, y: cursor + height[l] / 2 });
        cursor += height[l];
      });
      var x = 0;
      ln.blocks.forEach(function (b) {
        if (b.collapsed) {
          groupNodes[b.group.id] = { x: x + SLOT_W / 2, y: top[b.top] + SLOT_H / 2 };
        } else {
          [1, 2, 3].forEach(function (l) {
            b.cells[l].forEach(function (item, i) {
              positions[item.id] = {
                x: x + (i % b.perRow) * SLOT_W + SLOT_W / 2,
                y: top[l] + Math.floor(i / b.perRow) * SLOT_H + SLOT_H / 2,
              };
            });
          });
        }
        x += b.width + gapAfter(b);
      });
      y = cursor + LINE_GAP;
    });
    return { positions: positions, groupNodes: groupNodes, bands: bands, lines: lines.length, width: fullWidth };
  }

  // A collapsed block has no title above it: its neighbour can come closer.
  function gapAfter(block) {
    return block.collapsed ? BLOCK_GAP / 2 : BLOCK_GAP;
  }

  // Blocks in lines no wider than `target` (a block wider than it has a line of its own).
  function pack(blocks, target) {
    var lines = [];
    var line = null;
    blocks.forEach(function (b) {
      var gap = line && line.blocks.length ? gapAfter(line.blocks[line.blocks.length - 1]) : 0;
      if (!line || (line.blocks.length && line.width + gap + b.width > target)) {
        line = { blocks: [], width: 0 };
        lines.push(line);
        gap = 0;
      }
      line.width += gap + b.width;
      line.blocks.push(b);
    });
    var height = 0;
    lines.forEach(function (ln) {
      [1, 2, 3].forEach(function (l) {
        height += ln.blocks.reduce(function (h, b) { return Math.max(h, b.rows[l]); }, 0) * SLOT_H;
      });
      height += LINE_GAP;
    });
    return {
      lines: lines,
      width: lines.reduce(function (w, ln) { return Math.max(w, ln.width); }, 0),
      height: height,
    };
  }

  window.dgLayout = {
    LEVELS: LEVELS,
    levelOf: levelOf,
    levelFromWords: levelFromWords,
    provinceSlug: provinceSlug,
    slug: slug,
    arrange: arrange,
  };
})();
