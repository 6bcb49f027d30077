// Every rule id a finding may carry, for tools that name rules (the CLI's config file and inline
// switches). Kept beside the engine so a new rule is known the moment it is registered.
import { RULE_ADVICE_WITHOUT_AUTONOMY, RULE_CLOSED_QUESTION, RULE_MISSING_ACKNOWLEDGEMENT } from './draft-findings';
import { learnedRuleId } from './model/model-finding';
import { PRESSURE_RULES } from './rules/index';
import { PRESSURE_KINDS } from './types';

/** The id of a finding made from the user's or team's own phrases (index.ts). */
export const CUSTOM_PHRASE_RULE = 'custom/phrase';

export function ruleIds(): string[] {
  return [
    ...PRESSURE_RULES.map((rule) => rule.id),
    ...PRESSURE_KINDS.map(learnedRuleId),
    RULE_CLOSED_QUESTION,
    RULE_ADVICE_WITHOUT_AUTONOMY,
    RULE_MISSING_ACKNOWLEDGEMENT,
    CUSTOM_PHRASE_RULE,
  ];
}
