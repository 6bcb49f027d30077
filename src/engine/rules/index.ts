// The registry of pressure rules. Each rule is data in its own file (see rule.ts); adding a rule
// is one file and one line here. Order matters only when two rules underline overlapping
// words: the earlier one wins.
import type { PressureRule } from './rule';
import certaintyAnyoneCanSee from './certainty-anyone-can-see';
import certaintyFrankly from './certainty-frankly';
import certaintyNoBrainer from './certainty-no-brainer';
import certaintyObviously from './certainty-obviously';
import certaintyOfCourse from './certainty-of-course';
import certaintyTrustMe from './certainty-trust-me';
import defensivenessGrievance from './defensiveness-grievance';
import defensivenessImTheExpert from './defensiveness-im-the-expert';
import defensivenessWhyYouKeep from './defensiveness-why-you-keep';
import defensivenessWithRespect from './defensiveness-with-respect';
import directiveItsEssential from './directive-its-essential';
import directiveWeHaveTo from './directive-we-have-to';
import directiveYourSideNeedsTo from './directive-your-side-needs-to';
import directiveYouMust from './directive-you-must';
import directiveYouNeedTo from './directive-you-need-to';
import directiveYouShould from './directive-you-should';
import dismissalDontWorry from './dismissal-dont-worry';
import dismissalItsSimple from './dismissal-its-simple';
import dismissalOverblown from './dismissal-overblown';
import dismissalNotABigDeal from './dismissal-not-a-big-deal';
import repetitionAsISaid from './repetition-as-i-said';
import repetitionCount from './repetition-count';
import repetitionYouShouldHave from './repetition-you-should-have';
import ultimatumConsequenceIf from './ultimatum-consequence-if';
import ultimatumEitherOr from './ultimatum-either-or';
import ultimatumIfYouDont from './ultimatum-if-you-dont';
import ultimatumNoChoice from './ultimatum-no-choice';
import urgencyActNow from './urgency-act-now';
import urgencyAsap from './urgency-asap';
import urgencyDeadlineDemand from './urgency-deadline-demand';
import urgencyHardDeadline from './urgency-hard-deadline';
import urgencyLetsLockIn from './urgency-lets-lock-in';
import urgencyOfferExpires from './urgency-offer-expires';
import urgencyScarcity from './urgency-scarcity';
import urgencyStronglyUrge from './urgency-strongly-urge';
import directiveClosingPush from './directive-closing-push';
import urgencyPriorityDemand from './urgency-priority-demand';
import certaintyClosedQuestion from './certainty-closed-question';
import dismissalIgnoreSources from './dismissal-ignore-sources';
import ultimatumConditionalSanction from './ultimatum-conditional-sanction';
import defensivenessGrievanceComparison from './defensiveness-grievance-comparison';
import ultimatumFinalWord from './ultimatum-final-word';
import defensivenessQuestioned from './defensiveness-questioned';
import repetitionToldBefore from './repetition-told-before';
import certaintyVerdict from './certainty-verdict';
import dismissalNoNeedToFret from './dismissal-no-need-to-fret';
import urgencyCostOfWaiting from './urgency-cost-of-waiting';
import directiveInsist from './directive-insist';
import directiveOnlyMove from './directive-only-move';
import directiveJustTakeIt from './directive-just-take-it';
import urgencyDecideBy from './urgency-decide-by';
import dismissalSetAside from './dismissal-set-aside';
import defensivenessTakenPersonally from './defensiveness-taken-personally';
import ultimatumNoAlternative from './ultimatum-no-alternative';
import urgencyLostOpportunity from './urgency-lost-opportunity';
import directiveWriterExpects from './directive-writer-expects';
import certaintyKnowsYourFuture from './certainty-knows-your-future';
import repetitionGoingOverAgain from './repetition-going-over-again';
import dismissalMinimiseReaction from './dismissal-minimise-reaction';
import ultimatumClosedOptions from './ultimatum-closed-options';
import defensivenessDeflectsBlame from './defensiveness-deflects-blame';

export const PRESSURE_RULES: PressureRule[] = [
  ultimatumIfYouDont,
  ultimatumEitherOr,
  ultimatumConsequenceIf,
  ultimatumNoChoice,
  ultimatumNoAlternative,
  ultimatumFinalWord,
  ultimatumConditionalSanction,
  defensivenessWithRespect,
  defensivenessImTheExpert,
  defensivenessWhyYouKeep,
  defensivenessGrievance,
  defensivenessQuestioned,
  defensivenessTakenPersonally,
  defensivenessGrievanceComparison,
  repetitionAsISaid,
  repetitionCount,
  repetitionYouShouldHave,
  repetitionToldBefore,
  certaintyTrustMe,
  certaintyObviously,
  certaintyOfCourse,
  certaintyAnyoneCanSee,
  certaintyNoBrainer,
  certaintyFrankly,
  certaintyVerdict,
  certaintyClosedQuestion,
  dismissalDontWorry,
  dismissalNotABigDeal,
  dismissalItsSimple,
  dismissalOverblown,
  dismissalNoNeedToFret,
  dismissalSetAside,
  dismissalIgnoreSources,
  urgencyActNow,
  urgencyAsap,
  urgencyScarcity,
  urgencyOfferExpires,
  urgencyDeadlineDemand,
  urgencyHardDeadline,
  urgencyLetsLockIn,
  urgencyStronglyUrge,
  urgencyCostOfWaiting,
  urgencyDecideBy,
  urgencyPriorityDemand,
  directiveYouNeedTo,
  directiveYouMust,
  directiveYouShould,
  directiveWeHaveTo,
  directiveItsEssential,
  directiveYourSideNeedsTo,
  directiveInsist,
  directiveOnlyMove,
  directiveJustTakeIt,
  directiveClosingPush,
  directiveWriterExpects,
  urgencyLostOpportunity,
  certaintyKnowsYourFuture,
  repetitionGoingOverAgain,
  dismissalMinimiseReaction,
  ultimatumClosedOptions,
  defensivenessDeflectsBlame,
];
