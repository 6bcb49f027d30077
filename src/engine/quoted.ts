// The parts of a draft that are not the writer's own words: quoted client text, "On … wrote:"
// blocks, Outlook headers, signatures and disclaimers; and the client's message read back out of
// the quoted history. Like segment.ts, one linear pass over the lines.
import type { Span } from './types';

// ---------------------------------------------------------------------------------------------
// Quoted text

const REPLY_HEADER = /^\s*On\b.{0,300}\bwrote:\s*$/i;
const REPLY_HEADER_START = /^\s*On\s.{3,300}$/i;
const WROTE_LINE = /^.{0,200}\bwrote:\s*$/i;
const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(?:Original Message|Forwarded message|Reply message)\s*-{2,}\s*$/i;
const OUTLOOK_FROM = /^\s*\*?(?:From|De|Von):\*?\s+\S/i;
const OUTLOOK_FIELD = /^\s*\*?(?:Sent|Date|To|Cc|Subject|Envoy\u00e9|Gesendet|Betreff|Objet):\*?\s/i;
const OUTLOOK_RULE = /^\s*_{8,}\s*$/;
const SIGNATURE_DELIMITER = /^--[ \t]?$/;
const DISCLAIMER =
  /^\s*(?:CONFIDENTIAL(?:ITY)?\b|DISCLAIMER\b|This (?:e-?mail|message|communication)(?: and any (?:files|attachments?)[^.]*?)? (?:is|are|may|contains?) (?:confidential|privileged|intended|be)|Sent from my\b|Get Outlook for\b)/i;

export interface Line {
  start: number;
  end: number;
}

/** Lines of draft[from, to) without their newline; a final line without newline included. */
export function linesOf(draft: string, from = 0, to = draft.length): Line[] {
  const out: Line[] = [];
  let pos = from;
  while (pos <= to) {
    let nl = draft.indexOf('\n', pos);
    if (nl < 0 || nl > to) nl = to;
    let end = nl;
    if (end > pos && draft.charCodeAt(end - 1) === 13) end--; // \r\n
    out.push({ start: pos, end });
    if (nl >= to) break;
    pos = nl + 1;
  }
  return out;
}

function isQuoteLine(text: string): boolean {
  return /^[ \t]*>/.test(text);
}

/** Index of the last line of an "On … wrote:" header starting at line i, or -1. */
function replyHeaderEnd(draft: string, lines: Line[], i: number): number {
  const text = draft.slice(lines[i].start, lines[i].end);
  if (REPLY_HEADER.test(text)) return i;
  // Gmail wraps long headers: "On Mon, 3 Jun 2024 at 10:02, Sam Lee <sam@x.com>\nwrote:"
  if (i + 1 < lines.length && REPLY_HEADER_START.test(text) && text.length < 300) {
    const next = draft.slice(lines[i + 1].start, lines[i + 1].end);
    if (WROTE_LINE.test(next) && next.length < 120) return i + 1;
  }
  return -1;
}

/** Whether line i opens an Outlook-style header block ("From: … Sent: … To: … Subject: …"). */
function isOutlookHeader(draft: string, lines: Line[], i: number): boolean {
  const text = draft.slice(lines[i].start, lines[i].end);
  let j = i;
  if (OUTLOOK_RULE.test(text)) j = i + 1;
  if (j >= lines.length || !OUTLOOK_FROM.test(draft.slice(lines[j].start, lines[j].end))) return false;
  let fields = 0;
  for (let k = j + 1; k < lines.length && k <= j + 6; k++) {
    if (OUTLOOK_FIELD.test(draft.slice(lines[k].start, lines[k].end))) fields++;
  }
  return fields >= 2;
}

function nextNonBlank(draft: string, lines: Line[], i: number): number {
  for (let k = i; k < lines.length; k++) if (draft.slice(lines[k].start, lines[k].end).trim()) return k;
  return -1;
}

/** Ranges of the draft that are quoted text or signature, sorted, non-overlapping. */
export function findQuoted(draft: string): Span[] {
  if (typeof draft !== 'string' || !draft) return [];
  const spans: Span[] = [];
  const lines = linesOf(draft);
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i];
    const text = draft.slice(start, end);
    if (isQuoteLine(text)) {
      spans.push({ start, end });
      continue;
    }
    const headerEnd = replyHeaderEnd(draft, lines, i);
    if (headerEnd >= 0) {
      const after = nextNonBlank(draft, lines, headerEnd + 1);
      const quotedBelow = after >= 0 && isQuoteLine(draft.slice(lines[after].start, lines[after].end));
      // With '>' lines below, only the header is extra (the writer may answer under the quote);
      // without them the client's message follows unmarked, so the rest is theirs.
      spans.push({ start, end: quotedBelow ? lines[headerEnd].end : draft.length });
      if (!quotedBelow) break;
      i = headerEnd;
      continue;
    }
    if (ORIGINAL_MESSAGE.test(text) || isOutlookHeader(draft, lines, i) || SIGNATURE_DELIMITER.test(text)) {
      spans.push({ start, end: draft.length });
      break;
    }
  }
  return mergeSpans(draft, spans);
}

/** Sorts and merges spans that touch or are separated only by whitespace. */
function mergeSpans(draft: string, spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && (s.start <= last.end || !draft.slice(last.end, s.start).trim())) {
      last.end = Math.max(last.end, s.end);
    } else {
      out.push({ start: s.start, end: s.end });
    }
  }
  return out;
}

/**
 * The client's most recent message from the quoted parts of the draft: depth-1 '>' lines without
 * their markers, or the text under an "On … wrote:" / Outlook header. Older history (deeper
 * quotes, a second header), signatures and disclaimers are left out.
 */
export function quotedThreadText(draft: string, quoted: Span[]): string {
  if (typeof draft !== 'string' || !draft || !Array.isArray(quoted) || quoted.length === 0) return '';
  const depthOne = depthOneQuote(draft);
  if (depthOne) return depthOne;
  for (const span of quoted) {
    const below = textUnderHeader(draft, span);
    if (below) return below;
  }
  return '';
}

function depthOneQuote(draft: string): string {
  const kept: string[] = [];
  const lines = linesOf(draft);
  for (let i = 0; i < lines.length; i++) {
    const raw = draft.slice(lines[i].start, lines[i].end);
    const m = /^[ \t]*>[ \t]?/.exec(raw);
    if (!m) continue;
    const inner = raw.slice(m[0].length);
    if (inner.startsWith('>')) continue; // older history, quoted inside the client's message
    if (endsClientMessage(inner)) break;
    kept.push(inner);
  }
  return cleanMessage(kept);
}

function endsClientMessage(line: string): boolean {
  return REPLY_HEADER.test(line) || ORIGINAL_MESSAGE.test(line) || SIGNATURE_DELIMITER.test(line) || OUTLOOK_RULE.test(line) || DISCLAIMER.test(line);
}

function textUnderHeader(draft: string, span: Span): string {
  const lines = linesOf(draft, span.start, span.end);
  let i = 0;
  // Skip the header itself: the "On … wrote:" line(s), an "Original Message" rule, or Outlook fields.
  for (; i < lines.length; i++) {
    const text = draft.slice(lines[i].start, lines[i].end);
    const isHeader =
      REPLY_HEADER.test(text) ||
      WROTE_LINE.test(text) ||
      ORIGINAL_MESSAGE.test(text) ||
      OUTLOOK_RULE.test(text) ||
      OUTLOOK_FROM.test(text) ||
      OUTLOOK_FIELD.test(text) ||
      (i === 0 && REPLY_HEADER_START.test(text) && replyHeaderEnd(draft, lines, 0) >= 0);
    if (!isHeader && text.trim()) break;
  }
  if (i === 0) return ''; // a signature block, not a message
  const kept: string[] = [];
  for (; i < lines.length; i++) {
    const text = draft.slice(lines[i].start, lines[i].end);
    if (isQuoteLine(text)) continue;
    if (endsClientMessage(text) || OUTLOOK_FROM.test(text) || replyHeaderEnd(draft, lines, i) >= 0) break;
    kept.push(text);
  }
  return cleanMessage(kept);
}

function cleanMessage(lines: string[]): string {
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (SIGNATURE_DELIMITER.test(lines[i]) || DISCLAIMER.test(lines[i])) {
      end = i;
      break;
    }
  }
  return lines
    .slice(0, end)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Sentences
