// Affirmation: recognising a strength, an effort or a good intention of the client's.
// Thanks for logistics ("Thanks for making time yesterday") is courtesy, not affirmation.
import type { CueSet } from './cue';

export const AFFIRMATION: CueSet = {
  code: 'affirmation',
  cues: [
    /\bthanks?(?: you)?(?: so much| again)? for (?:being (?:so )?(?:honest|open|candid|direct|straight|clear|upfront|patient)|your (?:honesty|candou?r|openness|trust|persistence|directness)|telling me|letting me know|flagging|raising|pushing back|sitting with|speaking up|asking|bringing (?:this|it|that) up|the heads-up|catching|spotting|sticking with)\b/,
    /\bi (?:really |truly )?appreciate (?:you|your|how|that you)\b/,
    /\b(?:that|it|this) (?:takes|took|shows|showed) (?:real |a lot of |some )?(?:courage|guts|strength|honesty|commitment|care|resilience|discipline)\b/,
    /\b(?:really |very )?(?:smart|wise|brave|thoughtful|sensible) (?:move|step|instinct|call|thing to do)\b/,
    /\byou(?:'ve| have)? (?:clearly|really|obviously) (?:thought|shown|put|worked|done|care|made|handled|given)\b/,
    /\byou(?:'ve| have)? (?:made|showed|shown|put in|done) (?:real|great|good|huge|a lot of|so much|excellent|impressive|amazing|solid) (?:progress|work|effort|strides|job)\b/,
    /\byou (?:handled|managed|worked through|got through|hit|nailed|stuck with)\b.*\b(?:composure|well|brilliantly|every|real|great)\b/,
    /\b(?:great|good|nice|excellent|brilliant|fantastic|amazing|solid) (?:work|job|effort|start|progress|week|going)\b/,
    /\bwell done\b/,
    /^(?:congratulations|congrats)\b/,
    /\b(?:impressed|struck) (?:by|with) (?:how|your|the way)\b/,
    /\bit says (?:a lot|something)(?: good)? (?:about you|that you)\b/,
    /\bno small (?:thing|feat|achievement)\b/,
    /\b(?:a real|an?) (?:act of (?:care|courage|love)|strength|achievement)\b/,
    /\b(?:you should|you can) (?:be|feel) proud\b/,
    /\bworth owning\b/,
    /\b(?:your|the) (?:resilience|commitment|dedication|persistence|effort|honesty|determination|patience|hard work)\b[^.;]{0,40}?\b(?:shows|is clear|stands out|matters|is paying off|paid off|is impressive)\b/,
  ],
  exceptions: [
    // Courtesy wishes ("Hope your week is off to a good start") praise nothing the client did.
    /^(?:i )?hope\b/,
    /\bthanks?(?: you)? for (?:making time|meeting|coming|the tour|your time|your patience|your order|your business|reaching out|getting back)\b/,
  ],
  examples: {
    coded: [
      "You've clearly thought hard about this.",
      'Thanks for pushing back — it helps us get this right.',
      'Thanks for raising the billing question early; it gives us room to fix it.',
      'Great work getting through your first week.',
      'I appreciate you checking with me before switching providers.',
    ],
    notCoded: ['Thanks for making time for the site visit on Monday.', 'Thank you for meeting with our underwriter last week.', 'The work is done.'],
  },
};
