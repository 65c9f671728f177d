import { decodeHTMLStrict } from 'entities';

// ZWJ/ZWNJ (U+200C/D) are kept: they change meaning in emoji sequences and Persian/Indic words.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u180E]/g;
// C0/C1 controls except tab and newline (CR is turned into LF first).
const CONTROL = /[^\P{Cc}\t\n]/gu;
const SPACES = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * Normalizes article text: Unicode NFC, HTML entities decoded, invisible and control characters
 * removed, spaces folded, LF line ends, at most one blank line between paragraphs, trimmed.
 *
 * @example normalizeText('A&amp;B \u200Bsays\r\n\r\n\r\nhi ') // 'A&B says\n\nhi'
 */
export function normalizeText(raw: string): string {
  return decodeHTMLStrict(raw.replace(/\r\n?/g, '\n'))
    .normalize('NFC')
    .replace(/\u2029/g, '\n\n')
    .replace(/\u2028/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(SPACES, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
