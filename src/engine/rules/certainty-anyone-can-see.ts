import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/certainty-anyone-can-see',
  kind: 'certainty',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>any (?:reasonable|sensible|smart|rational|sane|serious|savvy|experienced|intelligent|clever|good|half-decent|decent|shrewd|competent) [\w-]+ (?<modal>would|could|will))(?= \w)/,
    /\b(?<span>(?:any (?:fool|idiot|child)|a child) (?:can|could) (?:see|tell)(?: that)?)/,
    /\b(?<span>the (?:numbers|figures|data|facts|results|stats|statistics) (?:really )?speak for themselves)/,
    // "Anyone with any sense can see…", "anybody with eyes would agree".
    /(?<span>\bany(?:one|body) (?:with|who has|who's got) (?:any |half |an ounce of |a bit of |some |a grain of |the slightest )?(?:common )?(?:sense|brains?|eyes|a brain|experience|knowledge|understanding)\b(?: [\w-]+){0,3}? (?:can|could|would|will) (?:see|tell|agree|understand|know))(?![\w-])/,
    /(?<span>,?\s*(?:as\s+)?any(?:one|body)\s+(?:\w+ing\s+(?:\w+\s+){0,3}?)?(?:can|could|would|will) (?:see|tell|agree|jump at (?:this|it|that))|\bany (?:reasonable|sensible|smart|rational|sane|serious|savvy|experienced) (?:person|investor|buyer|owner|manager|leader|business|company|professional|client)(?: would| could| will)?(?: \w+)?|,?\s*(?:and\s+)?any(?:one|body) who (?:understands|knows|has (?:ever|any))[^.;,]{0,40}?(?:would|will|could) (?:see|tell|agree|jump at (?:this|it|that)|know)|\b(?:everyone|everybody) knows|\bit's (?:just )?common sense|\byou'd (?:be )?(?:crazy|mad|foolish|silly|nuts) (?:not )?to)(?![\w-])/,
  ],
  message: 'Implying any sensible person would agree puts the client on the defensive about their own judgement instead of inviting it.',
  replacement: { warm: '', formal: '' },
  replacements: [
    { when: /^any \w+ [\w-]+ (?:would|could|will)$/i, with: { warm: 'I think many people $<modal>', formal: 'in my view, many people $<modal>' } },
    { when: /^(?:any (?:fool|idiot|child)|a child)|^any(?:one|body) (?:with|who)/i, with: { warm: 'I think', formal: 'in my view,' } },
    { when: /speak for themselves/i, with: { warm: 'the numbers look strong to me', formal: 'the figures look strong to me' } },
    { when: /everyone knows|everybody knows|common sense/i, with: { warm: 'in my view,', formal: 'in my view,' } },
    { when: /not to$/i, with: { warm: 'you might want to', formal: 'you may wish to' } },
    {
      when: /(?:crazy|mad|foolish|silly|nuts) to$/i,
      with: { warm: "I'd think carefully before choosing to", formal: 'I would think carefully before choosing to' },
    },
  ],
  examples: {
    flag: [
      'Any sensible buyer would see the garden is a bonus.',
      'Any fool can see the old router is the problem.',
      'The figures speak for themselves.',
      'The process is the bottleneck, as anyone walking the floor can see.',
      "You'd be crazy not to take the offer.",
      'Everyone knows the index beats stock picking.',
      'Anybody with half a brain can see the old boiler is the problem.',
    ],
    pass: [
      'Anyone on your team can join the call.',
      'If anyone has questions, send them my way.',
      'Anyone with experience of the old system will know where the reports live.',
    ],
  },
};
export default rule;
