import type { PressureRule } from './rule';

// The writer's hurt or irritation at being questioned, said to the client: "I find it frustrating
// that you keep questioning…", "I'm a little offended that you'd think that", "I'm surprised
// you'd second-guess me", "it's hard when you keep pushing back", "do you really think I'd…?",
// "I stand by my advice, whatever you've read online". The feeling is aimed at the client's
// question, so each pattern needs "you" doing the questioning, not a third party or a mishap.
const INTENSITY = String.raw`(?:(?:a (?:little|bit)|quite|rather|really|very|somewhat|frankly|honestly|more than a little|increasingly|genuinely) )?`;
const CHALLENGE = String.raw`(?:question|doubt|challeng|second-guess|push(?:ing)? back|overrul|ignor|dismiss|contradict|undermin|criticis|criticiz|distrust|mistrust)\w*`;
const SOURCE = String.raw`(?:online|on (?:the internet|(?:a |some |those |the )?forums?|google|social media|youtube|reddit|tiktok|facebook|the news)|in the (?:press|papers|news))`;
const rule: PressureRule = {
  id: 'pressure/defensiveness-taken-personally',
  kind: 'defensiveness',
  strictness: 'standard',
  inQuestions: true,
  patterns: [
    new RegExp(
      String.raw`\b(?<span>I (?:find|found|'m finding|am finding) (?:it|this|that) ${INTENSITY}(?:frustrating|annoying|irritating|disappointing|tiresome|exhausting|insulting|offensive|hurtful|galling|(?:odd|strange|surprising|baffling|puzzling|hard to understand)(?= that you(?:'d| would| keep| think| doubt| question| don't trust)\b)) (?:that|when|how) you\b[^.;!?]*)`,
    ),
    new RegExp(
      String.raw`\b(?<span>I(?:'m| am| was|'ve been| have been) ${INTENSITY}(?:frustrated|annoyed|irritated|offended|insulted|hurt|disappointed|taken aback) (?:that|when|by|at) (?:you\b|your (?:suggestion|implication|email|tone|comment|message|accusation|insinuation|question|reply|remark))[^.;!?]*)`,
    ),
    new RegExp(
      String.raw`\b(?<span>I(?:'m| am| was) ${INTENSITY}(?:surprised|amazed|astonished|baffled|puzzled|shocked) (?:that )?you(?:'d| would| keep| (?:still |even )?(?:think|doubt|question|don't trust|feel the need)|'re (?:questioning|doubting|second-guessing)| are (?:questioning|doubting|second-guessing))\b[^.;!?]*)`,
    ),
    new RegExp(
      String.raw`\b(?<span>(?:I'm|I am|we're|we are) doing (?:my|our) (?:very |absolute )?best(?: here)?,? (?:and|but|so)\b[^.;!?]*\b(?:when you|if you|you keep|you(?:'re| are) (?:not|making)|you (?:don't|won't|aren't))\b[^.;!?]*)`,
    ),
    new RegExp(
      String.raw`\b(?<span>(?:hard|difficult|not easy|tough|frustrating|tiring|exhausting|draining|wearing|annoying|disheartening|demoralising|demoralizing) (?:when|if) you (?:keep|continue to|insist on) ${CHALLENGE}[^.;!?]*)`,
    ),
    /^\W*(?<span>do you (?:honestly|really|seriously|actually|genuinely|truly) (?:think|believe|imagine|suppose) (?:I|we)(?:'d| would|'m| am|'re| are| want| have| don't| didn't| would ever)\b[^.;!?]*)/,
    /\b(?<span>I (?:stand by|stick by|won't apologi[sz]e for) (?:my|every word of my) (?:advice|recommendation|assessment|valuation|judg(?:e)?ment|work|figures|analysis)\b[^.;!?]*)/,
    new RegExp(
      String.raw`\b(?<span>(?:I(?:'d| would) ask you to |please |just |I need you to )?trust (?:my|our) (?:professional )?(?:expertise|experience|judg(?:e)?ment|knowledge|opinion|training) (?:rather than|over|instead of|more than|above) [^.;!?]*)`,
    ),
    new RegExp(
      String.raw`\b(?<span>(?:whatever|regardless of what|rather than what|despite what|no matter what|not what) you(?:'ve| have| may have| might have| may| might)? (?:read|heard|seen|been told|found) ${SOURCE})(?![\w-])`,
    ),
  ],
  exceptions: [
    /\b(?:understand|appreciate|makes sense|I hear|I get|no wonder|fair enough|it's natural|it is natural|sorry)\b[^.;]{0,40}\byou (?:keep|continue|'d|would)\b/i,
  ],
  message:
    "Taking the client's question personally makes it about your feelings instead of their concern; they learn that asking costs goodwill and stop asking.",
  replacement: {
    warm: "I can see you have questions about this, and I'm glad to explain my reasoning",
    formal: 'I can see you have questions about this and am glad to explain my reasoning',
  },
  replacements: [
    {
      when: /^(?:I(?:'d| would) ask you to |please |just |I need you to )?trust/i,
      with: {
        warm: "I'm happy to go through what you've read and how it compares with my advice",
        formal: 'I am happy to review what you have read and how it compares with my advice',
      },
    },
    // Often opens the sentence ("Whatever you've read online, I…"): wording that reads at either end.
    { when: /^(?:whatever|despite|no matter)/i, with: { warm: "with what you've read in mind", formal: 'with what you have read in mind' } },
    // "It's difficult when you keep…": the span follows "It's" / "It can be".
    {
      when: /^(?:hard|difficult|not easy|tough|frustrating|tiring|exhausting|draining|wearing|annoying|disheartening|demoralis|demoraliz)/i,
      with: {
        warm: "natural to have questions about this, and I'm glad to explain my reasoning",
        formal: 'natural to have questions about this, and I am glad to explain my reasoning',
      },
    },
    {
      when: /^(?:whatever|regardless|rather|despite|no matter|not what)/i,
      with: { warm: "and I'm happy to look at anything you've read about it", formal: 'and I am happy to review anything you have read about it' },
    },
    {
      when: /^I (?:stand|stick|won't)/i,
      with: { warm: "I'm happy to explain what my advice is based on", formal: 'I am happy to explain the basis for my advice' },
    },
    { when: /^do you/i, with: { warm: "I'd like to explain why I suggested this", formal: 'I would like to explain the reasons for my suggestion' } },
  ],
  examples: {
    flag: [
      'I find it really frustrating when you ignore the figures I send.',
      "I'm frankly insulted by your suggestion that the fee was hidden.",
      "I'm amazed you would doubt the valuation after all this time.",
      "We're doing our best, but it doesn't help when you keep changing the brief.",
      "It's difficult when you continue to second-guess every recommendation.",
      'Do you really think we would put you in an unsuitable fund?',
      'I stand by my valuation, whatever the neighbours say.',
      'Please trust my experience over a comparison website.',
      'The scheme is sound, regardless of what you have read online.',
    ],
    pass: [
      'I find it frustrating that the bank has delayed your letter again.',
      "I'm surprised you still haven't received the card; I'll chase it today.",
      "I'm disappointed that your application was turned down, and I'm sorry.",
      "I understand why you'd keep questioning the figures after last year.",
      "I'm doing my best to get this fixed, and I'll update you tomorrow.",
      "I'm happy to go through anything you've read online.",
      'Do you think we could meet on Thursday instead?',
      'I stand by the quote I gave you in March.',
    ],
  },
};
export default rule;
