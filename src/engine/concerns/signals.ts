// What marks a client's sentence as a concern, as data: each signal is a pattern and the kind of
// concern it shows (taxonomy, "The client's previous message"). Questions are concerns by
// definition ("or asks"); statements need one of these signals.
import type { ConcernKind } from '../types';

export interface ConcernSignal {
  kind: ConcernKind;
  pattern: RegExp;
}

/** Checked in order; the first signal that matches decides the kind. */
export const CONCERN_SIGNALS: readonly ConcernSignal[] = [
  {
    kind: 'worry',
    pattern:
      /\b(worr(y|ied|ies|ying)|nervous|concerned|anxious|scared|scares? me|afraid|terrif(y|ies|ied)|dread|panic|uneasy|frighten|fear|stressed|stressful|overwhelm|frustrat|embarrass|exhausted|burn(ed|t) out|feel (terrible|awful|bad|guilty|stuck|sick)|stuck|letting (you|them|him|her|everyone) down|second thoughts|what scares me|feel (?:like|as if) (?:i'm|i am|we're|we are|i've|we've) (?:\w+ )?(?:missing out|letting (?:\w+ ){1,2}down|failing|falling behind|behind|wasting|being (?:left|taken|pushed|ignored|rushed|judged)|going backwards|drowning|out of (?:my|our) depth|on (?:my|our) own|losing|the only one))/i,
  },
  {
    kind: 'hesitation',
    pattern:
      /\b(not (so |really |entirely |totally )?(sure|certain|convinced|ready|comfortable|keen)|unsure|uncomfortable|(don't|do not|didn't) (really )?(think|know)|no idea|hesitant|hesitat|wonder(ing)? (if|whether)|doubt|putting (it |this )?off|keep putting|thinking (about|of) (cancel|leav|quit|stop|switch|drop|pull)|on the fence|torn\b|split on|undecided|maybe (i'm|i am|we're|we are|it's)|take a break|(don't|do not) want to|rather not|can't decide|still (comparing|deciding|thinking|considering|weighing|looking|waiting)|\bi('d| would)? (also )?(need|have) to\b)/i,
  },
  {
    kind: 'challenge',
    // Third-party advice the client reports ("My sister says I should just sell", "A friend told me to
    // wait") challenges the advisor's view even without a hedge; the advisor's own words ("you said") do not.
    pattern:
      /\b(i('ve| have)? (read|heard|seen) (that|about|online)|(?<!\b(?:you|i|we) )(?:said|says|keeps saying|told (?:me|us)|tells (?:me|us)|thinks|reckons|insists|insisted) (?:that )?(?:i|we) (?:should|ought to|need to|must|have to)\b|(?<!\b(?:you|i|we) )(?:told|tells|advised|advises) (?:me|us) (?:not )?to\b|how is (this|that|it) (any )?better|why (would|should|do|does|did|is|are|can't|don't|didn't|isn't)\b)/i,
  },
  {
    kind: 'objection',
    pattern:
      /\b((too|so|really|very|pretty|quite) (high|much|expensive|low|long|slow|complicated|late|soon|fast|risky|steep|many|few|little|big|small|generic)|expensive|overpriced|pricey|more than (we|i) (expected|budgeted|planned|thought|hoped|can)|(more than|over|above|beyond) what (we|i)('d| had)? (expected|budgeted|planned|thought|hoped)|(feels?|seems?) like (a|an) (chore|burden|slog|grind|waste|hassle|step backwards?)|(feels?|seems?|sounds?) like (a|an) (very |really )?(long|big|huge|major|heavy|serious|steep|risky) (commitment|step|ask|change|investment|outlay|jump|leap|gamble|tie-in)|(barely|hardly|rarely|seldom) (ever )?(use|used|using|touch|need|open|log in)|(nobody|no one) (has |have )?(called|contacted|replied|responded|got back|gotten back|explained)|(billed|invoiced) for|never (attended|received|ordered|signed up|used|asked for|agreed)|over (budget|our budget)|can't afford|cannot afford|(can't|cannot|couldn't) justify|hard to justify|(doesn't|does not|won't|isn't|is not|aren't|not) (really )?work(ing)?|isn't great|not great|waste of|unfair|not fair|misleading|ridiculous|unacceptable|\bhate\b|(don't|do not) (really )?(like|love)|generic|(went|gone|going|go|goes) up|higher|(seems?|feels?|looks?) (really |a bit |quite |very |too |so )?(high|low|steep|expensive|generic|wrong|off|risky|disloyal|rushed|unrealistic|aggressive|vague|unclear|thin|excessive|disorganised|disorganized|dated|cluttered|cheap|bland|boring|clunky|messy|stale|amateurish|dull|pushy|salesy)|(was|were|is|are|arrived|came|turned up|showed up) (\w+ )?late\b|below what|tight\b|lot of (admin|paperwork|work|hassle|money|effort)|hassle|denied|rejected|charged (twice|again|double|a |an |for |\$)|still (haven't|hasn't|isn't|aren't|not|no\b|hasn't)|haven't heard|no (progress|response|reply|answer|word)|(third|second|fourth|fifth) time|keeps? (\w+ing)|getting worse|worse|the problem|an issue|broken|nobody told|no one told|without (telling|notice|warning)|weeks past|\bdelay|\bsplit\b|complicated|confus|\blow\b|paying a lot|very little|(don't|do not|didn't) (really |quite |fully )?(understand|get (how|why|what|the)|follow|see (how|why|the point))|\bbut\b|risky|last time|\blost\b|\b(hard|difficult|tough)\b|speak to (a|your) (manager|supervisor)|complain|escalat|now (you're|you are) (saying|telling)|(hasn't|haven't|didn't|never) (asked|wanted|needed) for|for (a decade|\d+ years|(two|three|four|five|six|ten|twelve|fifteen|twenty|many) years)|has worked (for us|well|fine)|(?:another|an extra|an additional) [$£€])/i,
  },
];

/** Sentences that only thank, greet or sign off: never concerns, whatever words they hold. */
export const NOT_A_CONCERN = /^(hi|hello|hey|dear|thanks|thank you|cheers|best|regards|kind regards|many thanks|sincerely)\b[^.!?]{0,40}[,.!]?$/i;
