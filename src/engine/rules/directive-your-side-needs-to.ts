import type { PressureRule } from './rule';
import { PROCEDURAL_LEAD } from './shared';

// "Your board needs to approve the upgrade": the client's side told what to decide, one step removed.
const rule: PressureRule = {
  id: 'pressure/directive-your-side-needs-to',
  kind: 'directive',
  strictness: 'standard',
  patterns: [
    /\b(?<span>(?<who>your (?:[\w-]+ )?(?:board|team|company|firm|business|family|partners?|management|leadership|department|practice|clinic|organi[sz]ation|people|staff|ceo|cfo|directors|household|side|end|investors|shareholders|manager|boss|accountant|trustees|committee|husband|wife|spouse|son|daughter|kids|children|parents?|mum|dad|mother|father|landlord|tenants?|solicitor|lawyer|employees|clients|customers|users))\s+(?:really\s+|simply\s+)?(?:(?:will|'ll|is going to|are going to)\s+(?:really\s+)?(?:need|have) to|needs to|need to|must|has (?:got )?to|have (?:got )?to|should|ought to)(?:\s+(?:really|simply|just))?)\s+(?<rest>(?:\w+\s+)?(?:approve|sign|commit|accept|agree|decide|choose|go|switch|move|upgrade|buy|invest|adopt|drop|cancel|renew|stop|start|take|make|put|let|embrace|cut|hire|fire|get on board|sell|consolidate|restructure)\b[^.!?;]*)/,
  ],
  exceptions: [PROCEDURAL_LEAD],
  message: "Telling the client's side what it must decide takes the choice out of their hands; people push back when their autonomy is threatened.",
  replacement: { warm: '$<who> could', formal: '$<who> may wish to' },
  examples: {
    flag: [
      'Your leadership team has to commit to the rollout this month.',
      'Your side will need to accept the new rate card.',
      'your company should switch payroll providers',
      'Your practice has got to adopt the new booking system.',
      'Your manager should really approve the upgrade.',
      'Your husband really must sign the transfer this week.',
    ],
    pass: [
      'Your team needs to be added as users first.',
      'Your doctor should receive the letter next week.',
      'Your company must be registered for VAT to claim this.',
    ],
  },
};
export default rule;
