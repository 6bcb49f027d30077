import type { PressureRule } from './rule';
import { AUTONOMY, DECISION_VERB, LOSS, PUTTING_OFF, WRITER_SANCTION } from './shared';

// A condition on the client's act or inaction joined to a sanction the writer imposes or a loss
// they predict, in any syntax: "Without your X, Y goes on hold", "If you keep missing…, I'll have
// to…", "Send it this week or we drop the case", "Accept them or walk away" ("final offer" is
// ultimatum-final-word's). A condition that leaves the choice open ("If you'd rather wait, nothing changes") is
// information; LOSS and WRITER_SANCTION (shared.ts) decide whether a sanction follows.
const HOLD = String.raw`(?:(?:goes|go|will go|is|are|will be|gets?|be) (?:put )?on hold|(?:is|are|will be|gets?) (?:paused|shelved|parked|dropped|binned|scrapped)|(?:won't|will not|can't|cannot) (?:go ahead|proceed|move forward|be processed))`;
const SANCTION_AFTER = new RegExp(String.raw`${LOSS}|${WRITER_SANCTION}|${HOLD}`, 'i');
const CLIENT_ACT = String.raw`(?:send|pay|reply|respond|sign|confirm|return|accept|approve|book|commit|decide|choose|agree|get back to (?:me|us)|let (?:me|us) know|${DECISION_VERB})`;
const rule: PressureRule = {
  id: 'pressure/ultimatum-conditional-sanction',
  kind: 'ultimatum',
  strictness: 'gentle',
  patterns: [
    // "Without your signature today, the application goes on hold."
    /^\W*(?<span>without (?:your|a|an|the|any|payment|confirmation|approval|sign-off|word)\b[^,;.!?]{0,60}?),/,
    // "If you keep missing sessions, I'll have to…"
    new RegExp(
      String.raw`(?:^\W*|\b(?:but|and|so) )(?<span>if you (?:keep|continue|carry on|go on)(?: on)? (?:${PUTTING_OFF}|not \w+ing|being late)\b[^,;]{0,60}?)(?=,|\s+(?:I|we|you|it|the \w+)(?:'ll| will))`,
    ),
    // "Send the documents this week or we drop the case." — the imperative, then "or" and the sanction.
    new RegExp(String.raw`^\W*(?:please |just |kindly )?${CLIENT_ACT}\b[^,;.!?]{0,60}? (?<span>or(?: else)?)(?= )`),
    // "Accept the terms or walk away", "take it or leave it".
    /\b(?<span>(?:accept|take|sign) (?:it|this|them|these|the (?:\w+ )?(?:terms|offer|deal|price|quote|conditions)) or)(?= (?:walk away|go elsewhere|look elsewhere))/,
  ],
  requiresAfter: [SANCTION_AFTER],
  exceptions: [AUTONOMY, /\b(?:if you(?:'d| would)? (?:rather|prefer|like)|still go ahead|nothing changes|no (?:penalty|charge|problem))\b/i],
  message: "A condition tied to a sanction forces the client's hand; even when the consequence is real, stated as an ultimatum it turns advice into coercion.",
  replacement: null,
  examples: {
    flag: [
      'Without your deposit this week, the booking goes on hold.',
      'Without a signed form, we will have to cancel the place.',
      "If you keep skipping check-ins, I'll have to pass your slot to someone else.",
      'If you carry on ignoring the invoices, we will suspend the service.',
      'Reply by Monday or we pull the listing.',
      'Approve the scope by Friday or I reassign the team.',
      'Accept the new terms or walk away.',
      'Take the revised quote or go elsewhere.',
    ],
    pass: [
      'The offer lapses on Friday; would you like more time?',
      "If you'd rather wait, nothing changes until the term ends.",
      'Without the receipt, the claim can still go ahead — it just takes a few days longer.',
      'If you keep the current plan, your premium stays the same.',
      'Sign whenever suits you or let me know if you want to talk it over first.',
      "Without your help I couldn't have finished the report.",
    ],
  },
};
export default rule;
