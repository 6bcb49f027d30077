import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/certainty-anyone-can-see',
  kind: 'certainty',
  strictness: 'gentle',
  patterns: [
    /(?<span>,?\s*(?:as\s+)?any(?:one|body)\s+(?:\w+ing\s+(?:\w+\s+){0,3}?)?(?:can|could|would|will) (?:see|tell|agree|jump at (?:this|it|that))|\bany (?:reasonable|sensible|smart|rational|sane|serious|savvy|experienced) (?:person|investor|buyer|owner|manager|leader|business|company|professional|client)(?: would| could| will)?(?: \w+)?|,?\s*(?:and\s+)?any(?:one|body) who (?:understands|knows|has (?:ever|any))[^.;,]{0,40}?(?:would|will|could) (?:see|tell|agree|jump at (?:this|it|that)|know)|\b(?:everyone|everybody) knows|\bit's (?:just )?common sense|\byou'd (?:be )?(?:crazy|mad|foolish|silly|nuts) (?:not )?to)(?![\w-])/,
  ],
  message: 'Implying any sensible person would agree puts the client on the defensive about their own judgement instead of inviting it.',
  replacement: { warm: '', formal: '' },
  examples: {
    flag: ['Any reasonable person would see that the package is generous.', 'The process is the bottleneck, as anyone walking the floor can see.', "You'd be crazy not to take the offer.", 'Everyone knows the index beats stock picking.'],
    pass: ['Anyone on your team can join the call.', 'If anyone has questions, send them my way.'],
  },
};
export default rule;
