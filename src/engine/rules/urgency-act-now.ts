import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/urgency-act-now',
  kind: 'urgency',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>(?:act|move|decide|buy|commit|sign)\s+(?:now|fast|quickly|soon)|(?:don't|do not)\s+(?:wait|delay|sit on (?:this|it)|drag your feet|hang about|leave it too long)|before it's too late|(?:now|today) (?:really |truly )?is the (?:time|moment|day)|now's the time|the time to (?:act|move|buy|decide|sign|commit|invest|do this|do it) is (?:now|today)|(?:there's |there is )?no time (?:to waste|to lose|like the present)|the sooner the better|sooner rather than later|strike while the iron is hot|now or never|time is running out|(?:we're|you're|we are|you are) running out of time|I'd move (?:quickly|fast|now|soon)|(?:I'd|I would) (?:hate for you|not want you) to (?:lose|miss|waste)|let's not (?:overthink|overcomplicate|wait|delay|drag)\w*(?: (?:this|it))?)(?![\w-])/,
  ],
  message: 'Pressing the client to act now makes the timeline yours instead of theirs; urgency breeds reluctance rather than commitment.',
  replacement: { warm: '', formal: '' },
  examples: {
    flag: [
      "This rate won't be around long, so act now.",
      "Don't wait on this — call me tomorrow.",
      'Rates are rising, so now is the time to refinance.',
      "I'd move quickly if I were you.",
      "I'd hate for you to miss the window.",
      "Let's not overthink it and get the paperwork started.",
    ],
    pass: ["There's no need to decide now.", 'Take your time — we can act whenever you feel ready.', "Don't hesitate to reach out with questions."],
  },
};
export default rule;
