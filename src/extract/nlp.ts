/**
 * The one home of compromise in the code base. Only plain data leaves this module:
 * tag lists, entity kinds, ISO dates; never a compromise View.
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

type RawLexicon = Record<string, string | string[] | undefined>;
const WORLD = nlp.world() as unknown as { model: { one: { lexicon: RawLexicon } } };
const LEXICON = WORLD.model.one.lexicon;

/** Tags compromise's own lexicon gives a word or phrase ("san francisco" -> ["City"]). */
export function lexiconTags(phrase: string): string[] {
  const key = phrase.toLowerCase();
  let found = TAG_CACHE.get(key);
  if (!found) {
    const tags = LEXICON[key];
    found = !tags ? [] : Array.isArray(tags) ? tags : [tags];
    if (TAG_CACHE.size > 50_000) TAG_CACHE.clear();
    TAG_CACHE.set(key, found);
  }
  return found;
}
const TAG_CACHE = new Map<string, string[]>();

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'Address']);

/** "Jane", "Satya"? compromise knows many given names. */
export function isKnownFirstName(word: string): boolean {
  return lexiconTags(word).some((t) => FIRST_NAME_TAGS.has(t));
}

/**
 * "José", "María": compromise's lexicon lists given names without their accents (its tagger folds
 * them itself). Only a name already read as a person's is looked up so: folded, "Nguyên" would
 * read as a given name inside "Tây Nguyên Coffee".
 */
export function isKnownFirstNameFolded(word: string): boolean {
  if (isKnownFirstName(word)) return true;
  const folded = word.normalize('NFD').replace(/\p{M}/gu, '');
  return folded !== word && isKnownFirstName(folded);
}

/** "li", "smith": compromise tags them LastName. */
export function isKnownLastName(word: string): boolean {
  return lexiconTags(word).includes('LastName');
}

/** "Barcelona", "San Francisco", "Spain": places compromise knows by name. */
export function isKnownPlace(phrase: string): boolean {
  return lexiconTags(phrase).some((t) => PLACE_TAGS.has(t));
}

/** Words compromise knows as ordinary vocabulary (not proper names): "Tensors", "Details". */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.length === 0) return false;
  // a surname ("Halvorsen", "Wang", "Lee") is a name, not vocabulary
  return !tags.some(
    (t) =>
      FIRST_NAME_TAGS.has(t) ||
      PLACE_TAGS.has(t) ||
      t === 'Organization' ||
      t === 'LastName' ||
      t === 'Person',
  );
}

export type SpanKind = 'Person' | 'Place' | 'Organization';

/**
 * What compromise makes of a short span (a candidate name with a few words of context):
 * the kind of the entity that covers `name`, if any.
 */
export function classifySpan(context: string, name: string): SpanKind | undefined {
  const doc = nlp(context);
  const covers = (texts: string[]) =>
    texts.some((t) => t.replace(/[^\p{L}\p{N}\s.-]/gu, '').trim() === name);
  if (covers(doc.people().out('array') as string[])) return 'Person';
  if (covers(doc.places().out('array') as string[])) return 'Place';
  if (covers(doc.organizations().out('array') as string[])) return 'Organization';
  return undefined;
}

export interface ParsedDate {
  /** ISO date of the first day the phrase covers. */
  start: string;
  /** Granularity: day, week, month, year, ... */
  unit: string;
}

/** Parses a short date phrase ("in April", "last week", "on Dec. 15") relative to `today`. */
export function parseDatePhrase(phrase: string, today: string): ParsedDate | undefined {
  const doc = nlp(phrase) as unknown as {
    dates: (o: object) => { json: () => Array<{ dates?: { start?: string; unit?: string } }> };
  };
  const found = doc.dates({ today, timezone: 'UTC' }).json()[0]?.dates;
  if (!found?.start) return undefined;
  return { start: found.start.slice(0, 10), unit: found.unit ?? 'day' };
}
