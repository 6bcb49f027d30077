import type { PressureRule } from './rule';

// Worries waved aside without "don't worry": "put those doubts aside", "forget about the fee",
// "I wouldn't lose any sleep over it", "let's not get hung up on the fees", "it's just nerves",
// "you're being paranoid". The concern is named only to be set down, not explored.
const CONCERN = String.raw`(?:worr(?:y|ies)|concerns?|fears?|doubts?|reservations?|nerves|anxiet(?:y|ies)|hesitations?|what-ifs|misgivings|qualms|jitters)`;
const WORRY_THING = String.raw`(?:${CONCERN}|fees?|costs?|charges?|penalt(?:y|ies)|risks?|downsides?|small print|fine print|details|numbers|clause|excess|exit fee|what (?:[\w'-]+ ){1,4}(?:said|says|wrote|read|think|thinks))`;
const rule: PressureRule = {
  id: 'pressure/dismissal-set-aside',
  kind: 'dismissal',
  strictness: 'standard',
  patterns: [
    new RegExp(
      String.raw`\b(?<span>(?:just |so |I'd |I would )?(?:put|set|push|brush|park|leave) (?<what>(?:those|these|that|this|your|any|all those|all your|all these|the|such) (?:little |silly |nagging )?${CONCERN}) (?:aside|to one side|behind you|out of your (?:mind|head)|to bed))(?![\w-])`,
    ),
    new RegExp(
      String.raw`\b(?<span>(?:don't|do not|try not to|please don't) let (?<what>(?:those|these|that|this|your|any|the|such) (?:little |silly |scary )?(?:${CONCERN}|headlines?|news|noise|scare stories|stories|gossip|rumou?rs)) (?:get in (?:the|your) way|get to you|hold you back|stop you|put you off|cloud (?:your|the) \w+|spoil (?:it|this|things)))(?![\w-])`,
    ),
    new RegExp(
      String.raw`(?:^\W*|[,;\u2014]\s*(?:so |and )?)(?<span>(?:just |honestly,? |so )?forget (?:about )?(?<what>(?:the|that|this|those|these|your|any) (?:[\w-]+ ){0,2}?${WORRY_THING}))(?![\w-])`,
    ),
    /\b(?<span>I (?:really |honestly |personally )?(?:wouldn't|would not|'d not) (?:worry|fret|stress|panic|lose (?:any |much )?sleep|give (?:it|this|that|the [\w-]+(?: [\w-]+)?) (?:a|another) (?:second )?thought|be (?:too |at all )?(?:worried|concerned|bothered|put off))(?: (?:too much|at all))?(?: (?:about|over) (?<about>it|this|that|the [\w-]+(?: [\w-]+)?))?)(?![\w-])/,
    /\b(?<span>(?:let's not|let us not|no need to|there's no need to|try not to) (?:get (?:too )?(?:hung up|caught up|bogged down)|sweat) (?:on |about |over |in )?(?<about>it|this|that|the [\w-]+(?: [\w-]+)?))(?![\w-])/,
    /\b(?<span>(?:that's|it's|this is|those are|that is|it is) (?:just |only |simply |probably )?(?:(?:your |the )?nerves talking|(?:a bit of |a touch of )?(?:nerves|jitters|cold feet)))(?=\s*[.!,;\u2014]|$)/,
    /\b(?<span>you(?:'re| are) (?:just )?being (?:a (?:bit|little) |rather |slightly |too |overly |very )?(?:paranoid|dramatic|hysterical|irrational|over-?sensitive|alarmist|precious|silly|over-?cautious|negative))(?![\w-])/,
    /[,;\u2014]\s*(?<span>(?:and )?not worth (?:worrying|stressing|fretting|losing (?:any )?sleep|fussing|panicking|getting (?:upset|worked up))(?: (?:over|about))?)(?![\w-])/,
    /\b(?<span>worrying (?:about (?:it|this|that) )?(?:won't|will not|doesn't|does not) (?:help|change anything|achieve anything|get you anywhere|change the outcome))(?![\w-])/,
    // "Everyone feels that way at first": the client's worry answered with everyone else's, unless it is validated.
    /(?:^\W*|[,;\u2014]\s*(?:and |but )?)(?<span>(?:everyone|everybody|all (?:my|our) clients|every (?:client|buyer|patient|founder|runner|parent|first-timer)) (?:feels?|says?|gets?|thinks?) (?:that way|the same(?: way)?|like that|this way|nervous|cold feet|jittery|anxious|worried)(?: (?:at first|at the start|in the beginning|early on|at this (?:stage|point)|before (?:their|the|a|an) [\w-]+(?: [\w-]+)?))?)(?=\s*(?:[.!,;\u2014]|$))(?![^.;!?]*\b(?:understandable|natural|normal|makes sense|fair|valid|reasonable|worth)\b)/,
    // "It'll pass", "these nerves will soon settle": telling the client the feeling will go away by itself.
    /(?:^\W*|[,;\u2014]\s*(?:and |but )?)(?<span>(?:it|this|that)(?:'ll| will) (?:soon |quickly |all )?(?:pass|blow over|wear off|fade|go away|settle(?: down)?|disappear))(?=\s*(?:[.!,;\u2014]|$|soon\b|in (?:a|no) time\b|before you know it\b|you'll see\b|trust me\b))/,
    /\b(?<span>(?:the|these|those|your|any) (?:nerves|worries|doubts|jitters|anxiety|fears|wobbles|second thoughts|feelings of \w+) (?:will|'ll) (?:soon |quickly |all |probably |usually )?(?:pass|blow over|wear off|fade|go away|settle(?: down)?|disappear|vanish))(?![\w-])/,
  ],
  exceptions: [
    /\b(?:worry|stress|fret) about (?:replying|rushing|responding|getting back|answering|the timing|the wait|a quick reply|coming back)\b/i,
    /\bforget (?:about )?(?:the|your|my) (?:old |previous |earlier )?(?:password|login|code|email|reminder|link)\b/i,
  ],
  message: "Setting the client's worry aside for them tells them it does not count; MI takes a concern seriously enough to explore it.",
  replacement: { warm: "it's fair to have questions about this", formal: 'it is reasonable to have questions about this' },
  replacements: [
    { when: /not worth/i, with: { warm: "but worth talking through if it's on your mind", formal: 'but worth discussing if it is on your mind' } },
    {
      when: /^(?:just |so |I'd |I would )?(?:put|set|push|brush|park|leave)|let /i,
      with: { warm: "it's fair to weigh $<what>", formal: 'it is reasonable to weigh $<what>' },
    },
    { when: /forget/i, with: { warm: "it's fair to ask about $<what>", formal: 'it is reasonable to ask about $<what>' } },
    {
      when: /^I\b.*\b(?:about|over) /i,
      with: { warm: "it's worth talking through $<about> if it's on your mind", formal: 'it is worth discussing $<about> if it is on your mind' },
    },
    { when: /^I\b/i, with: { warm: "it's worth talking through if it's on your mind", formal: 'it is worth discussing if it is on your mind' } },
    {
      when: /hung up|caught up|bogged down|sweat/i,
      with: { warm: "it's understandable to focus on $<about>", formal: 'it is understandable to focus on $<about>' },
    },
    { when: /nerves|jitters|cold feet/i, with: { warm: "it's natural to feel unsure at this stage", formal: 'it is natural to feel unsure at this stage' } },
    {
      when: /(?:pass|blow over|wear off|fade|go away|settle|settle down|disappear|vanish)$/i,
      with: { warm: "it's natural to feel unsure at this stage", formal: 'it is natural to feel unsure at this stage' },
    },
    {
      when: /^(?:everyone|everybody|all|every)\b/i,
      with: { warm: "a lot of people feel this way, and it's worth talking through", formal: 'many people feel this way, and it is worth discussing' },
    },
    { when: /^you/i, with: { warm: 'I can see this matters to you', formal: 'I appreciate this matters to you' } },
    { when: /^worrying/i, with: { warm: 'it makes sense to want to be sure', formal: 'it is understandable to want to be sure' } },
  ],
  examples: {
    flag: [
      'It will pass, most people feel this way in week one.',
      'Everybody gets cold feet at this stage.',
      'Your doubts will soon fade once the plan is running.',
      'Set your doubts aside and let the plan do its work.',
      "Don't let those nerves put you off.",
      'Honestly, forget about the exit fee.',
      "I wouldn't worry too much about the excess.",
      "The drop is small, so I wouldn't give it a second thought.",
      "Let's not get bogged down in the small print.",
      "That's just cold feet.",
      "You're being a bit paranoid about the data.",
      "Worrying about it won't help.",
      'It’s a small charge, not worth losing sleep over.',
      "I'd put that fear out of your head.",
      "Don't let the scare stories put you off.",
    ],
    pass: [
      'The ownership will pass to your daughter on completion.',
      'The storm should pass by Friday, so the visit is still on.',
      'You can forget the old password once the new one is set.',
      'I put your concerns to the underwriter this morning.',
      "I wouldn't worry about replying before Monday.",
      "It's natural to have a few nerves before a move like this.",
      'Everyone feels that way at first, and it makes sense to talk it through.',
      'Everyone says the same about the new portal, so we are fixing the login.',
      "You're not being paranoid; those are fair questions.",
      'I set aside an hour on Thursday to go through your worries.',
    ],
  },
};
export default rule;
