// Advice: information or a recommendation. Every body sentence that is not a question, a
// reflection, an affirmation, autonomy, permission or courtesy gives the client information,
// so advice is the default; these cues pick out the recommendations among them, which are
// what the advice-without-autonomy finding underlines first.
import type { CueSet } from './cue';

export const RECOMMENDATION: CueSet = {
  code: 'advice',
  cues: [
    /\bi(?:'d| would)? (?:strongly |really |personally )?(?:recommend|suggest|advise|propose)\b/,
    /\bmy (?:advice|recommendation|suggestion|view|preference)\b/,
    /\b(?:the|my) best (?:option|choice|move|bet|approach|route|plan)\b/,
    /\byou (?:could|might|may) (?:want to|wish to|consider|also|try|switch|start|go|look|think about)\b/,
    /\b(?:i think|i believe|i feel) (?:you|we|it would|the)\b/,
    /\bit (?:would|might|could) be (?:best|better|wise|smart|worth|a good idea)\b/,
    /\b(?:consider|try) (?:\w+ing|a|an|the|to|blocking|switching)\b/,
    /^(?:try|consider|start|switch|go|book|use|add|keep|film|plan|aim|pick|choose)\b/,
    /\bone option\b|\banother option\b|\bi see two paths\b/,
    /\bwould (?:save|help|cut|protect|bring|reduce|give) you\b/,
  ],
  examples: {
    coded: ["I'd recommend starting with the smaller package.", 'Try blocking 8:30 to 8:45 in your calendar.'],
    notCoded: ['Hi Sam,'],
  },
};
