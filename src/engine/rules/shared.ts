// Phrase families several rules share. Kept here so each rule file reads as data.

/** "To reset it, …", "If you'd like a refund, …", "Once it arrives, …": a step toward what the client asked for. */
export const PROCEDURAL_LEAD = /^\W*(?:to\s+\w+|in order to|for (?:this|that|the|your|a|an|each|every)\b|if you(?:'d| would)? (?:need|want|wish|like|prefer|decide|choose|plan|'re planning|are planning|have|can't|cannot|forget|lose)|if you're (?:planning|hoping|looking|ready)|if (?:it|that) (?:happens|helps)|once\b|when(?:ever)?\b|after\b|before (?:the|your) (?:appointment|procedure|test|scan|visit|call|meeting|session|install|upgrade))[^,]{0,100},/i;

/** Verbs of a practical step rather than a decision. */
export const PROCEDURAL_STEP = /^\s*(?:(?:first|also|still|then)\s+)?(?:log ?in|sign ?in|log ?out|click|tap|press|select|go (?:to|into)|navigate|open|enter|type|upload|download|install|uninstall|restart|reboot|reset|clear|fill (?:in|out)|complete (?:the|this|a|an|your) (?:form|survey|questionnaire|application)|attach|bring|print|scan|submit (?:it|the|this|a|your)|send (?:us|me|it|them|in|the|your|a|over)|provide|fast|stop eating|avoid (?:eating|drinking)|drink|present|show (?:your|the|us|me)|enable|disable|allow|verify|confirm (?:your|the)|be added|be present|be registered|have (?:someone|a responsible)|arrange for|wait (?:for|until|\d)|unplug|plug|hold down|re-?enter|copy|paste|visit|check (?:your|the) (?:inbox|spam|email|settings|junk)|call (?:us|the|our)|contact (?:us|the|our)|get a (?:crime )?(?:reference|receipt|form|copy|code|number|letter|certificate)|take (?:your|the) (?:medication|tablets|id|documents)|update (?:the|your) (?:app|browser|software|details|address))\b/i;

/** "…, then send us…": a sequence of steps. */
export const STEP_SEQUENCE = /,\s*then\s+\w+|\band then\s+(?:send|click|open|upload|enter|select|go)\b/i;

/** Explicit autonomy in the same sentence: stating stakes and leaving the choice is not a threat. */
export const AUTONOMY = /\b(?:(?:it's|it is|that's) (?:entirely |completely |totally )?(?:your|up to you)|your (?:call|decision|choice)|up to you|whichever (?:way )?you (?:choose|decide|go)|whatever you decide|you decide)\b/i;
