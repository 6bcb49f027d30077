import type { PressureRule } from './rule';

// Grievance and blame by comparison: the writer's patience or favours held up against the
// client ("I've been nothing but patient", "after everything I've done for you"), other clients
// held up as the good example ("clients who follow my advice don't have these problems"), and
// refusals to account for oneself ("I won't apologise for…", "it's a bit rich to…"; "I'm not going
// to justify…" is defensiveness-why-you-keep's).
const VIRTUE = String.raw`(?:patient|helpful|accommodating|understanding|flexible|honest|fair|supportive|professional|kind|polite|transparent|responsive|reasonable|generous|courteous|upfront|open)`;
const VIRTUE_NOUN = String.raw`(?:patience|help|kindness|understanding|flexibility|honesty|respect|support|courtesy|goodwill|generosity|professionalism)`;
const CLIENTS = String.raw`(?:clients|customers|people|patients|members|tenants|students|families|investors|businesses|teams|those)`;
const rule: PressureRule = {
  id: 'pressure/defensiveness-grievance-comparison',
  kind: 'defensiveness',
  strictness: 'gentle',
  inQuestions: true,
  patterns: [
    new RegExp(
      String.raw`\b(?<span>(?:I|we)(?:'ve| have) (?:been|shown you|given you) nothing but (?:${VIRTUE}|${VIRTUE_NOUN})(?: and (?:${VIRTUE}|${VIRTUE_NOUN}))?)`,
    ),
    /\b(?<span>after (?:everything|all(?: that)?|all the (?:\w+ )?(?:work|help|time|effort|favours|favors|hours|evenings|weekends|years|months|calls)) (?:I've|I have|we've|we have|I|we) (?:done|put in|given|did|gave) (?:for|to) you)\b/,
    /\b(?<span>(?:it's|it is|that's|that is|it seems) (?:a (?:bit|little) |rather |pretty |somewhat )?rich (?:to|of you|for you|coming from))/,
    new RegExp(
      String.raw`\b(?<span>${CLIENTS} (?:who|that) (?:actually |properly )?(?:follow|take|listen to|stick (?:to|with)|trust|act on) (?:my|our|the) (?:advice|plan|recommendations?|guidance|lead|programme|program|process|instructions)(?: properly)? (?:don't|do not|never|rarely|seldom|won't) (?:have|end up|run into|get|hit|see|face|struggle))`,
    ),
    new RegExp(
      String.raw`\b(?<span>(?:my|our|all my|all our) other ${CLIENTS} (?:(?:never|don't|do not|have never|haven't|rarely) (?:\w+ )?(?:complain|had|have|struggle|mind|raise)|(?:seem to |somehow |all )?(?:manage|cope)(?:d)? (?:to|just fine|fine|without)))`,
    ),
    /\b(?<span>(?:I|we) (?:won't|will not|refuse to|am not going to|'m not going to|are not going to|'re not going to) (?:apologi[sz]e|say sorry|be made to feel guilty) for)\b/,
  ],
  message:
    'Holding up your own patience or other clients against the client answers them with a grievance; they hear that raising concerns costs goodwill, and stop raising them.',
  replacement: null,
  replacements: [
    { when: /nothing but/i, with: { warm: "I've tried hard to help", formal: 'I have endeavoured to help' } },
    { when: /^after/i, with: { warm: "given how long we've worked together", formal: 'given our work together' } },
    {
      when: /(?:won't|will not|refuse|not going to) (?:apologi|say sorry)/i,
      with: { warm: "I'd like to explain the reasoning behind", formal: 'I would like to explain the reasoning behind' },
    },
  ],
  examples: {
    flag: [
      "I've been nothing but flexible with the dates.",
      'We have shown you nothing but patience.',
      'After everything we have done for you, this feels unfair.',
      'After all the extra hours I put in for you, I expected a thank-you.',
      "It's a little rich to blame the builder for the weather.",
      "Families who stick to the plan don't end up in this position.",
      'My other clients manage to send their receipts on time.',
      'I will not apologise for checking the figures twice.',
      'Tenants who follow our guidance never have this kind of damp problem.',
    ],
    pass: [
      "I'm sorry the delay has been so frustrating.",
      'After everything you have been through this year, take all the time you need.',
      'Clients who follow the plan often see results within a few months, though everyone is different.',
      'You said you felt we had not been helpful — I would like to understand what we missed.',
      "I won't charge for the extra session.",
    ],
  },
};
export default rule;
