import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);

// src/report/escape.ts
var ESCAPE_SEQUENCE = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var RUNNER_COMMAND = /^(\s*)(::|##(?:vso)?\[)/gm;
var visible = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
function wellFormed(text) {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}
function terminalLine(text) {
  return wellFormed(text).replace(ESCAPE_SEQUENCE, "").replace(/[\r\n\t\u2028\u2029]+/g, " ").replace(CONTROL, visible).replace(RUNNER_COMMAND, "$1\u200B$2");
}
function terminalName(text) {
  return wellFormed(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, visible).replace(RUNNER_COMMAND, "$1\u200B$2");
}
function terminalText(text) {
  return controlsShown(text).replace(RUNNER_COMMAND, "$1\u200B$2");
}
function controlsShown(text) {
  return wellFormed(text).replace(/\r\n?/g, "\n").replace(ESCAPE_SEQUENCE, "").replace(/\t/g, " ").replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, visible);
}
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function githubData(text) {
  return escapeData(controlsShown(text));
}
function githubProperty(text) {
  return escapeProperty(controlsShown(text));
}
function jsonReplacer(_key, value) {
  return typeof value === "string" ? wellFormed(value) : value;
}
function xmlText(text) {
  return wellFormed(text).replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function markdownText(text) {
  return terminalLine(text).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([`*_[\]#~!])/g, "\\$1").replace(/@(?=[\p{L}\p{N}_-])/gu, "@&#8203;").replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, "$1:&#8203;").replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#8203;.`);
}
function markdownCode(text, inTable = false) {
  const flat = terminalLine(text);
  const runs = flat.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  const body = inTable ? flat.replace(/\|/g, "\\|") : flat;
  return `${fence}${pad}${body}${pad}${fence}`;
}

export {
  terminalLine,
  terminalName,
  terminalText,
  escapeData,
  escapeProperty,
  githubData,
  githubProperty,
  jsonReplacer,
  xmlText,
  markdownText,
  markdownCode
};
