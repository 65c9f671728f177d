/**
 * Version of the extraction rules. Bump it whenever a rule, a cue list or the lexicon
 * matching changes what an article yields, so stored relations can be traced to the rules
 * that made them (and re-extracted when they are stale).
 */
export const RULE_VERSION = '2026.12.21';
