import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);

// src/report/wrap.ts
var ESC = 27;
var ZWJ = 8205;
var emojiTable;
var LOW_EMOJI = 8960;
var HIGH_EMOJI = 126976;
var LOW_SPAN = 11264 - LOW_EMOJI;
var HIGH_SPAN = 129792 - HIGH_EMOJI;
function isEmojiPresentation(cp) {
  if (!emojiTable) {
    emojiTable = new Uint8Array(LOW_SPAN + HIGH_SPAN);
    const emoji = new RegExp("^\\p{Emoji_Presentation}$", "u");
    for (let i = 0; i < LOW_SPAN; i++) if (emoji.test(String.fromCodePoint(LOW_EMOJI + i))) emojiTable[i] = 1;
    for (let i = 0; i < HIGH_SPAN; i++)
      if (emoji.test(String.fromCodePoint(HIGH_EMOJI + i))) emojiTable[LOW_SPAN + i] = 1;
  }
  if (cp >= LOW_EMOJI && cp < LOW_EMOJI + LOW_SPAN) return emojiTable[cp - LOW_EMOJI] === 1;
  if (cp >= HIGH_EMOJI && cp < HIGH_EMOJI + HIGH_SPAN) return emojiTable[LOW_SPAN + cp - HIGH_EMOJI] === 1;
  return false;
}
function isFullwidth(cp) {
  return cp >= 4352 && (cp <= 4447 || cp === 9001 || cp === 9002 || cp >= 11904 && cp <= 12871 && cp !== 12351 || cp >= 12880 && cp <= 19903 || cp >= 19968 && cp <= 42182 || cp >= 43360 && cp <= 43388 || cp >= 44032 && cp <= 55203 || cp >= 63744 && cp <= 64255 || cp >= 65040 && cp <= 65049 || cp >= 65072 && cp <= 65131 || cp >= 65281 && cp <= 65376 || cp >= 65504 && cp <= 65510 || cp >= 110592 && cp <= 110593 || cp >= 127488 && cp <= 127569 || cp >= 131072 && cp <= 262141);
}
function isZeroWidth(cp) {
  return cp >= 768 && cp <= 879 || cp >= 8203 && cp <= 8207 || cp >= 8288 && cp <= 8292 || cp >= 65024 && cp <= 65039 || cp >= 65056 && cp <= 65071 || cp >= 8400 && cp <= 8447 || cp >= 6832 && cp <= 6911 || cp >= 7616 && cp <= 7679 || cp >= 127995 && cp <= 127999 || // skin tones, which follow the emoji they modify
  cp >= 917504 && cp <= 921599;
}
function wideWidth(cp, prev) {
  if (cp <= 159) return 0;
  if (isZeroWidth(cp)) return 0;
  if (isFullwidth(cp)) return 2;
  if (cp >= 127462 && cp <= 127487) return prev >= 127462 && prev <= 127487 ? 0 : 2;
  if (isEmojiPresentation(cp)) return prev === ZWJ ? 0 : 2;
  return 1;
}
function escapeEnd(s, i) {
  if (s.charCodeAt(i + 1) !== 91) return i + 1;
  let j = i + 2;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c >= 64 && c <= 126) return j + 1;
    if (c < 32 || c > 63) return j;
    j++;
  }
  return j;
}
function textWidth(s) {
  let width = 0;
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 127) {
      if (c >= 32) width++;
      else if (c === ESC) i = escapeEnd(s, i) - 1;
      prev = c;
      continue;
    }
    let cp = c;
    if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        cp = (c - 55296) * 1024 + (d - 56320) + 65536;
        i++;
      }
    }
    width += wideWidth(cp, prev);
    prev = cp;
  }
  return width;
}
function fitEnd(s, start, columns, taken = { width: 0 }) {
  let width = 0;
  let prev = 0;
  let i = start;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    let next = i + 1;
    let w;
    let cp = c;
    if (c < 127) {
      w = c >= 32 ? 1 : 0;
      if (c === ESC) next = escapeEnd(s, i);
    } else {
      if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 56320 && d <= 57343) {
          cp = (c - 55296) * 1024 + (d - 56320) + 65536;
          next = i + 2;
        }
      }
      w = wideWidth(cp, prev);
    }
    if (width + w > columns) break;
    width += w;
    prev = cp;
    i = next;
  }
  taken.width = width;
  return i;
}
function wrap(text, width, indent = "") {
  const indentWidth = textWidth(indent);
  const lines = [];
  let line = "";
  let lineWidth = 0;
  const add = (word, w) => {
    if (line !== "" && lineWidth + 1 + w > width) {
      lines.push(line);
      line = indent + word;
      lineWidth = indentWidth + w;
    } else if (line === "") {
      line = word;
      lineWidth = w;
    } else {
      line = `${line} ${word}`;
      lineWidth += 1 + w;
    }
  };
  for (const word of text.split(" ")) {
    const w = textWidth(word);
    if (w <= width || word.includes("\x1B")) add(word, w);
    else for (const piece of cut(word, width)) add(piece, textWidth(piece));
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}
function cut(word, width) {
  const step = Math.max(1, width - 2);
  const pieces = [];
  for (let i = 0; i < word.length; ) {
    let end = fitEnd(word, i, step);
    if (end === i) end = i + (word.codePointAt(i) > 65535 ? 2 : 1);
    pieces.push(word.slice(i, end));
    i = end;
  }
  return pieces;
}

export {
  textWidth,
  fitEnd,
  wrap
};
