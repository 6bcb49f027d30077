import type { PressureRule } from './rule';
import { NEGATED_ASK } from './shared';

const rule: PressureRule = {
  id: 'pressure/urgency-act-now',
  kind: 'urgency',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>(?<act>(?:act|move|decide|buy|commit|sign|book|reserve|grab|claim|secure|lock|sign up|register|enrol|enroll|order|upgrade|renew|switch|apply)(?: (?:in|it|this|that|yours|one|your [\w-]+|the [\w-]+|this [\w-]+))?(?: in)?) (?:now|today|tonight|right now|fast|quickly|soon))(?![\w-])(?!\s+is\b)(?!,? or (?:later|next|in (?:a|the)|at (?:a|any)|after|whenever|another|some other))(?!,? if (?:that|it|this) (?:works|suits|is convenient))/,
    /\b(?<span>(?:don't|do not)\s+(?:wait|delay|sit on (?:this|it)|sleep on (?:this|it)|drag your feet|hang about|hang around|hold off|put (?:this|it|that) off|leave (?:it|this|that)(?= *(?:[.!;,\u2014]|$| too long| any longer| much longer| late)))(?: (?:any|much) longer| too long| late| too late)?|I (?:wouldn't|would not|'d not) (?:wait|hold off|delay|hang about|hang around|sit on (?:this|it)|leave (?:it|this|that))(?: (?:(?:too|much|any) )?long(?:er)?)?(?!\s+(?:for|until|till)\b)|before it's too late|(?:now|today) (?:really |truly )?is the (?:time|moment|day)|now's the time|the time to (?:act|move|buy|decide|sign|commit|invest|do this|do it) is (?:now|today)|(?:there's |there is )?no time (?:to waste|to lose|like the present)|the sooner the better|sooner rather than later|strike while the iron is hot|now or never|time is running out|(?:we're|you're|we are|you are) running out of time|I'd move (?:quickly|fast|now|soon)|(?:I'd|I would) (?:hate for you|not want you) to (?:lose|miss|waste)|while you (?:still )?(?:can(?!'|n't| ?not)|have the chance)|(?:don't|do not) let (?:this|it|that|the [\w-]+|this [\w-]+)(?: one)? (?:slip|pass|go|get away)(?: (?:away|by|through your fingers))?|time(?:'s| is) (?:running|ticking) (?:out|away)|the clock is ticking|(?:don't|do not) miss the boat|^\W*hurry(?: up)?\b|every (?:day|week|month) you (?:wait|delay|hold off)|the longer you (?:wait|leave it|delay|hold off)|let's not (?:overthink|overcomplicate|wait|delay|drag|sit on|hang about|hang around|hold off|put (?:this|it|that) off|leave (?:this|it|that))\w*(?: (?:this|it|that)(?: out)?)?(?: (?:any|much) longer| too long)?)(?![\w-])/,
  ],
  // "I'm not saying you have to sign today": the writer disowns the push in the same clause.
  exceptions: [
    // The writer's own step ("I'll order it today unless I hear otherwise") is a promise, not a push.
    /\b(?:I|we)(?:'ll| will| can| shall|'m going to| am going to|'re going to| are going to)\s+(?:go ahead and\s+|just\s+)?(?:act|move|order|book|reserve|sign|lock|renew|register|apply|switch|secure|claim|upgrade|commit)\b/i,
    new RegExp(String.raw`${NEGATED_ASK}\b(?:now|today|tonight|fast|quickly|soon)\b`, 'i'),
  ],
  message: 'Pressing the client to act now makes the timeline yours instead of theirs; urgency breeds reluctance rather than commitment.',
  replacement: { warm: '', formal: '' },
  replacements: [
    // "so the time to move is now" has no act to keep: it must not become "so whenever suits you".
    { when: /^the time to /i, with: { warm: 'this could be a good time', formal: 'this may be a good time' } },
    { when: /now or never/i, with: { warm: 'a good moment', formal: 'a good moment' } },
    // A day is a fact the writer may need (the renewal really is due today): keep it, give the choice back.
    { when: /(?:today|tonight)$/i, with: { warm: '$<span> if that works for you', formal: '$<span> if that is convenient for you' } },
    // "so decide whenever suits you" beside "one berth left" read as illogical (blind rating): the hurry word goes, the act stays.
    { when: /(?:now|fast|quickly|soon)$/i, with: { warm: '$<act>', formal: '$<act>' } },
    {
      when: /^(?:don't|do not) (?:wait|delay|sit on|sleep on|drag|hang|leave)/i,
      with: { warm: "let me know if you'd like to go ahead", formal: 'please let me know if you would like to proceed' },
    },
    { when: /^time(?:'s| is)/i, with: { warm: "there's still time", formal: 'there is still time' } },
    { when: /clock is ticking/i, with: { warm: "there's a timeline", formal: 'there is a timeline' } },
    { when: /miss the boat/i, with: { warm: 'have a think', formal: 'you may wish to reflect' } },
    { when: /^every \w+ you/i, with: { warm: 'over time, waiting', formal: 'over time, waiting' } },
    { when: /^the longer you/i, with: { warm: "the longer it's left", formal: 'the longer it is left' } },
    // Deleting these would leave "Momentum, so…", "I'd.", "Here." behind.
    { when: /you to lose$/i, with: { warm: "I'd like to help you keep", formal: 'I would like to help you keep' } },
    { when: /you to waste$/i, with: { warm: "I'd like to help you make the most of", formal: 'I would like to help you make the most of' } },
    { when: /you to miss$/i, with: { warm: 'I want to make sure you know about', formal: 'I want to ensure you are aware of' } },
    { when: /strike while/i, with: { warm: 'consider it while the timing is good', formal: 'consider it while the timing is favourable' } },
    { when: /like the present/i, with: { warm: 'this could be a good time', formal: 'this may be a good time' } },
    { when: /^there(?:'s| is) no time/i, with: { warm: 'timing matters', formal: 'timing matters' } },
    { when: /^no time/i, with: { warm: 'some timing to keep in mind', formal: 'some timing to keep in mind' } },
    { when: /running out of time/i, with: { warm: "there's a timeline to keep in mind", formal: 'there is a timeline to keep in mind' } },
    { when: /^(?:don't|do not) let/i, with: { warm: "it's worth a look", formal: 'it may be worth considering' } },
    {
      when: /(?:now|today)(?: really| truly)? is the|now's the time|the time to/i,
      with: { warm: 'this could be a good time', formal: 'this may be a good time' },
    },
    { when: /^I (?:wouldn't|would not|'d not)/i, with: { warm: "there's no rush", formal: 'there is no rush' } },
    { when: /^let's not/i, with: { warm: "let's take the time we need", formal: 'we can take the time we need' } },
    { when: /^I'd move/i, with: { warm: "I'd move when you feel ready", formal: 'I would move when you feel ready' } },
  ],
  examples: {
    flag: [
      'Reserve your place today and we can start on the 3rd.',
      'Every week you hold off costs you in fees.',
      'hurry, the early rate ends at midnight',
      "This rate won't be around long, so act now.",
      "Don't wait on this — call me tomorrow.",
      'Rates are rising, so now is the time to refinance.',
      "I'd move quickly if I were you.",
      "I'd hate for you to miss the window.",
      "Let's not overthink it and get the paperwork started.",
      "I wouldn't hang about on this one.",
      "Let's not leave it any longer.",
      'The rate holds until Friday, so don’t leave it.',
    ],
    pass: [
      "There's no need to decide now.",
      'I’m not saying you have to sign today.',
      'Take your time — we can act whenever you feel ready.',
      "Don't hesitate to reach out with questions.",
      'The smart move now is to compare both quotes side by side.',
      "I wouldn't wait for the paper statement; the PDF is already in your inbox.",
      "Don't leave it in the car overnight.",
      'You can book now or after the holidays, whichever is easier.',
      'You could sign the renewal today if that works for you.',
      "I'll order it today unless I hear otherwise.",
    ],
  },
};
export default rule;
