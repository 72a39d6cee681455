import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);

// src/plan/path.ts
var isIdSegment = (s) => typeof s === "object";
function formatPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (isIdSegment(seg)) out += `[id=${seg.id}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out || "(top level)";
}
function sameSegment(a, b) {
  if (isIdSegment(a) || isIdSegment(b)) return isIdSegment(a) && isIdSegment(b) && a.id === b.id;
  return a === b;
}
function isWithin(path, scope) {
  return scope.length <= path.length && scope.every((seg, i) => sameSegment(seg, path[i]));
}
var listIds = /* @__PURE__ */ new WeakMap();
function idOf(item) {
  if (item === null || typeof item !== "object" || Array.isArray(item)) return void 0;
  const id = item.id;
  return typeof id === "string" && id !== "" ? id : void 0;
}
function idCounts(list) {
  let counts = listIds.get(list);
  if (!counts) {
    counts = /* @__PURE__ */ new Map();
    for (const item of list) {
      const id = idOf(item);
      if (id !== void 0) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    listIds.set(list, counts);
  }
  return counts;
}
function identify(root, path) {
  let node = root;
  let changed = false;
  const out = [];
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === "number") {
      const item = node[seg];
      const id = idOf(item);
      if (id !== void 0 && idCounts(node).get(id) === 1) {
        out.push({ id });
        changed = true;
      } else out.push(seg);
      node = item;
    } else if (Array.isArray(node) && isIdSegment(seg)) {
      out.push(seg);
      node = node.find((item) => idOf(item) === seg.id);
    } else {
      out.push(seg);
      node = node !== null && typeof node === "object" && typeof seg === "string" ? node[seg] : void 0;
    }
  }
  return changed ? out : path;
}
function valueAt(root, path) {
  let node = root;
  for (const seg of path) {
    if (Array.isArray(node)) node = isIdSegment(seg) ? node.find((item) => idOf(item) === seg.id) : node[seg];
    else if (node !== null && typeof node === "object" && typeof seg === "string")
      node = node[seg];
    else return void 0;
  }
  return node;
}

export {
  isIdSegment,
  formatPath,
  isWithin,
  identify,
  valueAt
};
