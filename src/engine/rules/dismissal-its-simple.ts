import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/dismissal-its-simple',
  kind: 'dismissal',
  strictness: 'standard',
  patterns: [
    /\b(?<span>(?:it's|it is|this is|that's|that is) (?:really |honestly |just |very |super |dead |pretty )?(?:a )?(?:really |very |super |dead |pretty |perfectly )?(?:simple|easy|quick|trivial|straightforward) (?:fix|thing|step|matter|job|process|change)(?:,? honestly| really)?|(?:it's|it is|that's|that is|this is) (?:really |honestly |just |super |dead )(?:simple|easy|straightforward|trivial)|(?:is|are) (?:really |honestly |just |super |dead )?(?:simple|easy|straightforward|trivial)(?=,? (?:though|honestly|really|trust me)\b|\s*[;\u2014\u2013]|\s+-\s)|(?:it's|it is) (?:just|only) (?<art>a|an) (?<thing>[\w-]+(?: [\w-]+)?)(?=[\s.,;!\u2014]|$)|just (?:push through(?: it)?|trust the process|get on with it|go with it|relax|power through(?: it)?|do it)|trust the process)(?![\w-])/,
  ],
  exceptions: [/\b(?:simple|easy|quick|straightforward) to (?:change|cancel|undo|reverse|switch|update|pause|adjust)\b/i],
  message: 'Calling it simple implies the client is making too much of it; if it does not feel simple to them, they now also feel foolish.',
  replacement: { warm: 'it should be manageable, and I can walk you through it', formal: 'it should be manageable, and I am glad to guide you through it' },
  replacements: [
    // The thing may run past the two words captured ("a small price increase"): nothing may follow it.
    {
      when: /^(?:it's|it is) (?:just|only) (?:a|an) /i,
      with: { warm: "I know it still matters, but it's $<art> $<thing>", formal: 'I appreciate it still matters, but it is $<art> $<thing>' },
    },
    // "The sign-off part is easy, though": the subject stays, so the verb must too.
    {
      when: /^(?:is|are) /i,
      with: { warm: 'should be manageable, and I can walk you through it', formal: 'should be manageable, and I am glad to guide you through it' },
    },
    {
      when: /trust the process/i,
      with: {
        warm: "the process has worked well for others, and I'm happy to explain each step",
        formal: 'the process has worked well for other clients, and I am happy to explain each step',
      },
    },
    {
      when: /(?:push|power) through/i,
      with: { warm: "it may take some persistence, and I'll be here to help", formal: 'it may take some persistence, and I will be available to help' },
    },
    { when: /relax/i, with: { warm: 'take the time you need', formal: 'please take the time you need' } },
    { when: /get on with it|go with it|do it/i, with: { warm: "it may help to start when you're ready", formal: 'it may help to begin when you are ready' } },
  ],
  examples: {
    flag: [
      "It's a simple fix, honestly.",
      'Honestly, it’s a very straightforward process.',
      'The sign-off part is easy, though; managers come round.',
      "The copy doesn't need to be perfect — it's just a website.",
      'Just trust the process.',
      'Just push through it.',
    ],
    pass: [
      'We can build a simple checklist for the move.',
      "It's easy to change seat numbers from the Admin page.",
      'You just want the invoice process to be simple.',
    ],
  },
};
export default rule;
