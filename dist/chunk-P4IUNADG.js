import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-YFREXNHP.js";
import {
  defOf,
  unwrapFor,
  walkPlan
} from "./chunk-ANZBWPDS.js";
import {
  BUILT_IN_IDS,
  IgnoreList,
  PlanSchema,
  RESERVED_NAMES,
  closest,
  describe,
  didYouMean,
  editDistance
} from "./chunk-5AEJUB6B.js";
import {
  formatPath,
  identify,
  valueAt
} from "./chunk-VE5WFE6M.js";
import {
  money
} from "./chunk-URGRNCBU.js";

// src/plan/references.ts
var NOUN = {
  person: "person",
  site: "site",
  vendor: "vendor",
  schedulable: "task, milestone or delivery",
  risk: "risk",
  change: "change",
  "budget line": "budget line",
  calendar: "calendar"
};
function checkReferences(plan, where2 = (path) => formatPath(path.slice(0, -1)), schema = PlanSchema) {
  const problems = [];
  const declared = /* @__PURE__ */ new Map();
  const builtIn = new Map(Object.entries(BUILT_IN_IDS).map(([ns, ids]) => [ns, new Set(ids)]));
  const refs = [];
  walkPlan(schema, plan, ({ path, value, meta, parent, owner }) => {
    if (meta.declares && value !== null && typeof value === "object") {
      const id = value.id;
      if (typeof id !== "string") return;
      const at = [...path, "id"];
      const space = meta.declares.namespace;
      if (RESERVED_NAMES.has(id)) {
        problems.push({ path: at, message: `"${id}" cannot be used as an id` });
        return;
      }
      if (builtIn.get(space)?.has(id)) {
        problems.push({
          path: at,
          message: `"${id}" is a built-in ${NOUN[space]}, which every plan has; choose another id`
        });
        return;
      }
      const ids = declared.get(space) ?? /* @__PURE__ */ new Map();
      declared.set(space, ids);
      const prior = ids.get(id);
      if (prior) {
        const shared = space === "schedulable" ? " (tasks, milestones and deliveries share one set of ids)" : "";
        problems.push({
          path: at,
          message: `duplicate ${NOUN[space]} id "${id}"${shared}; it is already used at ${where2(prior)}`
        });
      } else ids.set(id, at);
    }
    if (meta.ref && value != null) {
      const id = meta.refField ? value[meta.refField] : value;
      if (typeof id !== "string") return;
      if (meta.notSelf && owner && id === owner.id) problems.push({ path, message: `"${id}" depends on itself` });
      else refs.push({ namespaces: meta.ref, id, path });
    }
    if (meta.notBefore && parent && typeof value === "string") {
      const from = parent[meta.notBefore.field];
      if (typeof from === "string" && value < from) {
        problems.push({ path, message: `${meta.notBefore.what} ${value} is before its start ${from}` });
      }
    }
  });
  const candidates = /* @__PURE__ */ new Map();
  const idsIn = (namespaces) => {
    const key = namespaces.join("|");
    let all = candidates.get(key);
    if (!all) {
      all = namespaces.flatMap((ns) => [...builtIn.get(ns) ?? [], ...declared.get(ns)?.keys() ?? []]);
      candidates.set(key, all);
    }
    return all;
  };
  for (const { namespaces, id, path } of refs) {
    if (namespaces.some((ns) => declared.get(ns)?.has(id) || builtIn.get(ns)?.has(id))) continue;
    const nouns = namespaces.map((ns) => NOUN[ns]).join(" or ");
    problems.push(
      lazyMessage(path, () => {
        const all = idsIn(namespaces);
        const near = closest(id, all);
        const hint = near ? `; did you mean "${shown(near)}"?` : all.length === 0 ? `; no ${nouns} ids are declared` : "";
        return `unknown ${nouns} "${shown(id)}"${hint}`;
      })
    );
  }
  return problems;
}
function lazyMessage(path, make) {
  let message;
  const problem = { path };
  Object.defineProperty(problem, "message", {
    enumerable: true,
    get: () => {
      message ??= make();
      return message;
    }
  });
  return problem;
}
function shown(id) {
  return id.length > 80 ? `${id.slice(0, 60)}\u2026 (${money(id.length)} characters)` : id;
}

// src/plan/validate.ts
var JIT_WORTHWHILE_BYTES = 256 * 1024;
function validatePlan(raw, locator, file, options, hints) {
  const result = PlanSchema.safeParse(raw, { reportInput: true, jitless: hints.size < JIT_WORTHWHILE_BYTES });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      path: issue.path,
      message: schemaMessage(issue)
    }));
    throw firstProblem(problems, locator, file);
  }
  const plan = result.data;
  const diagnostics = [];
  for (const path of hints.mayHaveReserved === false ? [] : findReservedKeys(raw, [])) {
    diagnostics.push({
      severity: "error",
      code: "reserved-key",
      message: `"${String(path[path.length - 1])}" cannot be used as a key in a plan`,
      path,
      ...where(locator, path, "key")
    });
  }
  for (const u of findUnknownKeys(raw, PlanSchema, [])) {
    if (RESERVED_NAMES.has(u.key)) continue;
    const hidden = hiddenSection(u);
    if (hidden) {
      diagnostics.push({
        severity: "error",
        code: "hidden-key",
        message: hidden,
        path: u.path,
        ...where(locator, u.path, "key")
      });
      continue;
    }
    if (u.key.startsWith("x-")) continue;
    diagnostics.push({
      severity: options.strict ? "error" : "warning",
      code: "unknown-key",
      message: `unknown key "${u.key}" in ${formatPath(u.path.slice(0, -1))}${didYouMean(u.key, u.known)}${splitValueHint(raw, u.path)}`,
      path: u.path,
      ...where(locator, u.path, "key")
    });
  }
  const hint = (d) => d.code === "unknown-key" ? " (--strict makes unknown keys errors; prefix your own keys with x-)" : "";
  const errors = [
    ...diagnostics.filter((d) => d.severity === "error").map((d) => ({ message: () => `${d.message}${hint(d)}`, line: d.line, column: d.column, file: d.file })),
    ...checkReferences(plan, (p) => `line ${locator.locate(p).line}`).map((p) => ({
      message: () => `${formatPath(p.path)}: ${p.message}`,
      ...where(locator, p.path)
    }))
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  if (errors.length > 0) {
    const e = errors[0];
    throw new InputError(e.message(), { file: e.file, line: e.line, column: e.column }, errors.length - 1);
  }
  const suppressions = (hints.mayHaveSuppressions === false ? [] : collectSuppressions(raw, locator, diagnostics)).map(
    (s) => ({ ...s, scope: identify(plan, s.scope) })
  );
  const warning = options.strict ? diagnostics.find((d) => d.severity === "warning") : void 0;
  if (warning) {
    const rest = diagnostics.filter((d) => d.severity === "warning").length - 1;
    throw new InputError(`${warning.message} (--strict makes every warning an error)`, warning, rest);
  }
  return { plan, diagnostics, suppressions };
}
function where(locator, path, at = "value") {
  const s = locator.locate(path, at);
  return { file: s.file, line: s.line, column: s.column };
}
function firstProblem(problems, locator, file) {
  const located = problems.map((p) => ({ ...p, ...where(locator, p.path) })).sort((a, b) => a.line - b.line || a.column - b.column);
  const first = located[0];
  return new InputError(
    `${formatPath(first.path)}: ${first.message}`,
    { file: first.file ?? file, line: first.line, column: first.column },
    located.length - 1
  );
}
function schemaMessage(issue) {
  const input = issue.input;
  switch (issue.code) {
    case "invalid_type":
      if (input === void 0) return `is required`;
      return issue.message.startsWith("Invalid input") ? `expected ${issue.expected}, got ${describe(input)}` : issue.message;
    case "invalid_value": {
      if (!issue.message.startsWith("Invalid")) return issue.message;
      const allowed = issue.values.map(String);
      return `${describe(input)} is not one of ${allowed.join(" | ")}${typeof input === "string" ? didYouMean(input, allowed) : ""}`;
    }
    case "invalid_union":
      return `${describe(input)} is not a valid value here`;
    case "too_small":
      return issue.message.startsWith("Too small") ? `is too small` : issue.message;
    default:
      return issue.message;
  }
}
function hiddenSection(u) {
  if (u.key === "x-pmcheck-ignore") return void 0;
  const top = u.path.length === 1;
  const what = top ? "section" : "field";
  const norm = (k) => k.toLowerCase().replace(/[-_\s]/g, "");
  const prefixed = /^x[-_]/i.test(u.key);
  const bare = prefixed ? u.key.slice(2) : u.key;
  const same = u.known.find((k) => {
    const a = norm(bare);
    const b = norm(k);
    return a === b || a === `${b}s` || `${a}s` === b;
  });
  const where2 = top ? "at the top level" : `in ${formatPath(u.path.slice(0, -1))}`;
  if (same && prefixed)
    return `"${u.key}" ${where2} hides the ${same} ${what}: keys that start with x- are never read, so no rule would see it; rename it to "${same}", or give your own data a name that is not a ${what} of the plan's`;
  if (same)
    return `"${u.key}" ${where2} is not "${same}": keys are read exactly as written, so this ${what} would be ignored and no rule would see it; rename it to "${same}"`;
  const near = top && !prefixed ? u.known.find((k) => isTypo(norm(u.key), k)) : void 0;
  if (near)
    return `unknown key "${u.key}" at the top level looks like the "${near}" section, which would be ignored and no rule would see it; rename it to "${near}", or prefix your own keys with x-`;
  return void 0;
}
function isTypo(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (editDistance(a, b) <= 1) return true;
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => ch === b[i] ? [] : [i]);
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}
function findUnknownKeys(value, schema, path, out = []) {
  if (value === null || typeof value !== "object") return out;
  const s = unwrapFor(schema, value);
  if (!s) return out;
  const d = defOf(s);
  if (d.type === "array" && Array.isArray(value) && d.element) {
    value.forEach((item, i) => {
      findUnknownKeys(item, d.element, [...path, i], out);
    });
  } else if (d.type === "object" && d.shape && !Array.isArray(value)) {
    const known = Object.keys(d.shape);
    for (const key of Object.keys(value)) {
      const child = hasOwn(d.shape, key) ? d.shape[key] : void 0;
      if (child) findUnknownKeys(value[key], child, [...path, key], out);
      else out.push({ key, path: [...path, key], known });
    }
  }
  return out;
}
function findReservedKeys(value, path, out = []) {
  if (value === null || typeof value !== "object") return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      findReservedKeys(v, [...path, i], out);
    });
  } else
    for (const key of Object.keys(value)) {
      if (RESERVED_NAMES.has(key)) out.push([...path, key]);
      else findReservedKeys(value[key], [...path, key], out);
    }
  return out;
}
function hasOwn(o, key) {
  return o !== null && typeof o === "object" && Object.hasOwn(o, key);
}
function collectSuppressions(raw, locator, diagnostics) {
  const out = [];
  const visit = (node, path) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, [...path, i]);
      });
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key !== "x-pmcheck-ignore") {
        visit(value, [...path, key]);
        continue;
      }
      const entriesPath = [...path, key];
      const parsed = IgnoreList.safeParse(value);
      if (!parsed.success) {
        diagnostics.push({
          severity: "warning",
          code: "suppression",
          message: "x-pmcheck-ignore must be a list of { rule, reason } entries; it was ignored",
          path: entriesPath,
          ...where(locator, entriesPath)
        });
        continue;
      }
      parsed.data.forEach((e, i) => {
        const entryPath = [...entriesPath, i];
        const at = where(locator, entryPath);
        out.push({ rule: e.rule, reason: e.reason?.trim() || void 0, scope: path, path: entryPath, ...at });
      });
    }
  };
  visit(raw, []);
  return out;
}
function splitValueHint(raw, path) {
  const key = String(path[path.length - 1]);
  if (!/\s/.test(key.trim())) return "";
  const value = valueAt(raw, path);
  if (value !== null && value !== void 0) return "";
  return "; if it belongs to the text before it, a comma inside { \u2026 } ends a value: put that text in quotes";
}

export {
  validatePlan,
  where,
  firstProblem,
  schemaMessage
};
