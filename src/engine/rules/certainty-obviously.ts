import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/certainty-obviously',
  kind: 'certainty',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>obviously|evidently|undeniably|undoubtedly|unquestionably|without (?:a|any) doubt|it goes without saying(?: that)?|needless to say|it's (?:obvious|clear) (?:that|to anyone)|there's no (?:question|doubt) (?:that|about it))(?![\w-]),?/,
    /(?:^\W*|[,;\u2014]\s*|\b(?:is|are|was|were|it's|that's|this is|so) )(?<span>clearly),?(?! (?:shown|showed|thought|worked|put|care|cared|explained|laid out|set out|labelled|labeled|marked|stated|understand|communicat|visible|see))/,
  ],
  exceptions: [/\byou(?:'ve| have)? clearly\b/i],
  message: 'Presenting your view as obvious leaves the client no room to disagree without looking foolish, so they disengage or resist.',
  replacement: { warm: '', formal: '' },
  examples: {
    flag: ['Obviously, this is the better option.', 'Clearly, the manual process is the bottleneck.', 'This is clearly the right move for your career.'],
    pass: ["You've clearly thought hard about this.", 'The steps are clearly labelled on the form.', 'I want to explain the fees clearly.'],
  },
};
export default rule;
