// The card's style sheet, shipped in the lazily loaded card chunk (see ./card.ts): pages that
// never open a card never load it. Written one rule per line without indentation, like ./styles.ts.
export const CARD_CSS = `
.card {
--bg: #ffffff; --fg: #1f2937; --muted: #5b6472; --line: rgba(17, 24, 39, 0.10);
--btn: #f4f6f9; --btn-hover: #e9eef5; --btn-line: #e1e6ee; --focus: #3867d6; --accent: #4f82c4;
position: fixed;
box-sizing: border-box;
width: 360px;
max-width: calc(100vw - 16px);
max-height: calc(100vh - 16px);
overflow: auto;
padding: 14px 16px 12px;
border: 1px solid var(--line);
border-radius: 12px;
background: var(--bg);
color: var(--fg);
box-shadow: 0 10px 30px rgba(15, 23, 42, 0.14), 0 2px 6px rgba(15, 23, 42, 0.08);
font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
text-align: start;
letter-spacing: normal;
pointer-events: auto;
color-scheme: light;
animation: attune-in 120ms ease-out;
outline: none;
}
.card[data-category="pressure"] { --accent: #cf7436; }
.card[data-category="advice"] { --accent: #2f968a; }
.card[data-category="acknowledgement"] { --accent: #8b6cc9; }
.card[data-category="custom"] { --accent: #8190a5; }
.card * { box-sizing: border-box; font: inherit; color: inherit; margin: 0; }
.pager { display: flex; align-items: center; justify-content: flex-end; gap: 2px; margin: -4px -6px 2px 0; font-size: 12px; color: var(--muted); }
.pager .count { padding: 0 4px; font-variant-numeric: tabular-nums; }
button.page { padding: 0 8px; font-size: 15px; line-height: 20px; color: var(--muted); }
button.page:hover { color: var(--fg); background: var(--btn); }
.kind {
display: flex; align-items: center; gap: 6px;
font-size: 12px; font-weight: 600; letter-spacing: 0.01em; color: var(--muted);
}
.kind::before { content: ""; width: 8px; height: 8px; border-radius: 50%; background: var(--accent); flex: none; }
.phrase {
margin-top: 6px; font-size: 13px; color: var(--muted);
overflow-wrap: anywhere; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden;
}
.message { margin-top: 6px; font-size: 14px; }
.try { margin-top: 12px; font-size: 12px; font-weight: 600; color: var(--muted); }
.suggestions { display: flex; flex-direction: column; gap: 6px; margin-top: 6px; }
button {
all: unset; box-sizing: border-box; cursor: pointer; font: inherit; border-radius: 8px;
-webkit-tap-highlight-color: transparent;
}
button.suggestion {
display: block; width: 100%; padding: 8px 10px;
background: var(--btn); border: 1px solid var(--btn-line); color: var(--fg);
overflow-wrap: anywhere; white-space: pre-wrap;
}
button.suggestion:hover { background: var(--btn-hover); }
.suggestion .label { display: block; font-size: 12px; color: var(--muted); margin-bottom: 2px; }
.suggestion .text { display: block; }
.note { margin-top: 10px; font-size: 12px; color: var(--muted); }
.actions { display: flex; gap: 4px; margin-top: 10px; margin-inline-start: -8px; flex-wrap: wrap; }
button.action { padding: 4px 8px; font-size: 13px; color: var(--muted); }
button.action:hover { color: var(--fg); background: var(--btn); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.card:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
.card {
--bg: #1f2430; --fg: #e6e9ef; --muted: #a3abba; --line: rgba(255, 255, 255, 0.10);
--btn: #2a303d; --btn-hover: #333a49; --btn-line: #3a4252; --focus: #8fb1ff;
box-shadow: 0 10px 30px rgba(0, 0, 0, 0.45), 0 2px 6px rgba(0, 0, 0, 0.3);
color-scheme: dark;
}
}
@media (prefers-reduced-motion: reduce) {
.card { animation: none; }
}
@keyframes attune-in {
from { opacity: 0; transform: translateY(2px); }
to { opacity: 1; transform: none; }
}
`;
