import type { EntityType, Modality, Predicate } from './types.js';

/** A relation pattern over sentence templates (see compilePattern for the notation). */
export interface RelationRule {
  /** Family and cue: "verb.suspend", "appositive.parent", "compound.led". */
  id: string;
  predicate: Predicate;
  pattern: string;
  /** @default 0.8 */
  confidence?: number;
  /** Modality the pattern itself carries ("was accused of copying": alleged). */
  modality?: Modality;
  subject?: EntityType[];
  object?: EntityType[];
  /**
   * Where the pattern names only one side: the other is the sentence subject (its first
   * mention of a fitting type) or the last organization money went to ("Other investors include").
   * 'focus' is the story's company even when the sentence names another ("The lawsuit, filed at
   * the Amsterdam District Court, was brought by Acme"); 'salient' prefers the sentence's own.
   */
  implicitSubject?: 'first' | 'investee' | 'salient' | 'previous' | 'focus';
  /**
   * A cheap test the sentence template must pass before the pattern runs (speed only). The rule
   * screen (rule-screen.ts) already skips sentences lacking words the pattern requires, so a cue
   * adds speed only where it tests more than that.
   */
  cue?: RegExp;
  implicitObject?: 'first' | 'investee' | 'salient' | 'previous' | 'focus';
  /**
   * The members of this side's list are partners of one another too: "a partner with A and B in
   * Stargate", "a consortium with A and B", "A and B are working with C".
   */
  membersPartner?: 'subject' | 'object';
}
