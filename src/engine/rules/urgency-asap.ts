import type { PressureRule } from './rule';
import { NEGATED_ASK } from './shared';

// "ASAP" aimed at the client's action; the writer promising speed ("I'll do it right away") is service, not pressure.
const rule: PressureRule = {
  id: 'pressure/urgency-asap',
  kind: 'urgency',
  strictness: 'gentle',
  // A request put as a question ("Could you reply urgently?") still hurries; other questions are excepted below.
  inQuestions: true,
  patterns: [
    /\b(?<span>asap|a\.s\.a\.p\.?|as soon as (?:possible|you can)|immediately|right away|straight away|without (?:further )?delay|(?<!\b(?:in|all|both|everything|things|them|two|three|several|many) )at once|urgently|as a matter of urgency|by return)(?![\w-])/,
  ],
  exceptions: [
    // What already happened ("You noticed straight away that…", "the leak started immediately after").
    /\b(?:noticed|saw|spotted|realised|realized|knew|felt|called|rang|came|started|began|happened|replied|responded|reacted|fixed|went|stopped)\s+(?:it\s+|this\s+|that\s+)?(?:straight away|right away|immediately|at once)\b|\b(?:immediately|straight away|right away) (?:after|before|afterwards)\b/i,
    /^(?=[^?]*\?["')\]\s]*$)(?!\W*(?:please,? )?(?:could|can|would|will) you (?!like|prefer|want|rather)\b)/i,
    // The writer's own promptness, unless the writer is asking the client to hurry ("I'd recommend acting straight away").
    // "I'd get an offer in immediately" is advice in the writer's voice, not the writer's own promptness.
    /\b(?:I|we)(?:'ll| will| can| could|'d| would| am| are|'m|'re| have|'ve| shall)\b(?!(?<=(?:'d| would))\s+(?:really\s+|honestly\s+|personally\s+|definitely\s+)?(?:get|put|act|move|sign|accept|lock|book|jump|grab|snap|go ahead|take|make|buy|sell|list|switch|renew|commit|decide)\b(?![^.;]{0,40}\b(?:to|for|with) you\b))(?![^.;]{0,50}\b(?:recommend|suggest|advise|urge|encourage|(?:need|want|like|expect|ask|asking|get|have) you|you to)\b)[^.;]{0,50}\b(?:asap|as soon as|immediately|right away|straight away|at once|without delay|urgently|by return)\b/i,
    /\b(?:take|takes|took) effect\b|\b(?:resume|resumes|start|starts|begin|begins|apply|applies|available|active|reach|reaches|arrive|arrives|appear|appears|update|updates|refund(?:ed)?|process(?:ed)?)\s+(?:\w+\s+)?(?:immediately|right away|straight away|at once)\b/i,
    new RegExp(String.raw`${NEGATED_ASK}\b(?:asap|as soon as|immediately|right away|straight away|at once|urgently|without delay)\b`, 'i'),
    /\b(?:asked|wants|wanted|requested|told (?:me|us)|said)\b[^.;]{0,40}\b(?:asap|as soon as possible|immediately|right away)\b/i,
  ],
  message: 'Rushing the client signals that the decision matters more to you than to them, and people dig in when hurried.',
  // Taken out: "when you're ready" in its place read as nonsense or contradicted a real date (blind rating).
  replacement: { warm: '', formal: '' },
  examples: {
    flag: [
      'Please sign the contract ASAP.',
      'You need to transfer the funds immediately.',
      'Reply right away so we can lock this in.',
      'Let me know as soon as possible which plan you want.',
      'Please reply at once with your decision.',
      'Could you send the signed copy back urgently?',
      'Would you be able to confirm the order ASAP?',
      "I'd honestly advise moving the money immediately.",
      "With two other viewings booked, I'd put an offer in immediately.",
    ],
    pass: [
      'You noticed straight away that the seal had gone.',
      'It is a lot to take in at once, so take your time.',
      "I'll process the refund right away.",
      'We’ll confirm the booking by return.',
      'New roles take effect immediately in the console.',
      'Do you need the replacement card urgently?',
      'Would you like us to start right away?',
      'Can we begin the audit immediately after the holidays?',
      "I'd be glad to look at it right away.",
      "I'd get the revised quote to you right away if that helps.",
      'I’m not asking you to decide right away.',
      'Nobody expects you to commit immediately.',
      'Don’t feel you need to reply straight away.',
      'Syncing will resume immediately after the patch.',
      "Their manager asked me for an answer ASAP, but I've told them you'll want the weekend.",
    ],
  },
};
export default rule;
