import { countWords } from './count-words.js';

// Interstitials are tiny; a real article that merely mentions "CAPTCHA" is not.
const INTERSTITIAL_MAX_WORDS = 300;
// A paywall stub is a teaser plus a subscribe prompt.
const PAYWALL_MAX_WORDS = 400;

const INTERSTITIALS: [RegExp, string][] = [
  [/checking (if the site connection is secure|your browser)/i, 'bot-check interstitial'],
  [/just a moment\.\.\.|attention required|ddos protection by/i, 'bot-check interstitial'],
  [
    /verify(ing)? (that )?(you are|you're) (a )?human|are you a robot|press (&|and) hold/i,
    'bot-check interstitial',
  ],
  [/captcha|cf-challenge|challenge-platform/i, 'captcha interstitial'],
  [
    /(enable|turn on) javascript|javascript is (disabled|required)|requires javascript/i,
    'page requires JavaScript',
  ],
  [
    /access (is )?denied|you don't have permission to access|request (was )?blocked|403 forbidden/i,
    'access denied',
  ],
];

const PAYWALLS = [
  /subscribe (now )?to (continue|keep) reading/i,
  /to (continue|keep) reading,? (please )?(subscribe|sign in|log in|register)/i,
  /(this|the) (article|story|content) is (only )?(available|reserved|exclusive) (to|for) (paying |paid )?(subscribers|members)/i,
  /already (a subscriber|have an account)\?\s*(log|sign) in/i,
  /(create|register for) a free account to (continue|read)/i,
  /you('ve| have) reached your (free )?(article|story) limit/i,
];

/**
 * Names the interstitial a page is (bot check, captcha, "enable JavaScript", access denied),
 * or undefined for an ordinary page.
 *
 * @param pageText - the title and visible text of the whole page.
 * @param html - the raw HTML, for challenge markers that are not visible text.
 */
export function detectInterstitial(pageText: string, html = ''): string | undefined {
  if (countWords(pageText) > INTERSTITIAL_MAX_WORDS) return undefined;
  const haystack = `${pageText}\n${html.slice(0, 20_000)}`;
  return INTERSTITIALS.find(([pattern]) => pattern.test(haystack))?.[1];
}

/** Says why an extracted text is only a paywall teaser, or undefined when it is not. */
export function detectPaywall({
  pageText,
  articleText,
  accessibleForFree = true,
}: {
  pageText: string;
  articleText: string;
  accessibleForFree?: boolean;
}): string | undefined {
  const words = countWords(articleText);
  if (words > PAYWALL_MAX_WORDS) return undefined;
  const prompt = PAYWALLS.find((pattern) => pattern.test(pageText));
  if (!prompt && accessibleForFree) return undefined;
  return `paywall: only a ${words}-word teaser is readable`;
}
