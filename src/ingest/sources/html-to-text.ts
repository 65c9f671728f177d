import { parseHTML } from 'linkedom';

const BLOCK_TAGS = new Set(
  'address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
);
const SKIPPED_TAGS = new Set('button iframe noscript script select style svg template'.split(' '));

/** The part of a DOM node that the walk below needs; linkedom nodes fit it. */
export interface TextNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNode>;
}

function walk(node: TextNode, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      out.push((child.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = child.nodeName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'br') {
      out.push('\n');
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) out.push('\n\n');
    if (tag === 'pre') out.push(child.textContent ?? '');
    else walk(child, out);
    if (block) out.push('\n\n');
  }
}

/**
 * Plain text of an element or an HTML fragment: one paragraph per block element, separated by
 * blank lines, whitespace inside a paragraph folded. Not yet normalized.
 */
export function htmlToText(html: string | TextNode): string {
  const root =
    typeof html === 'string'
      ? (parseHTML(`<!doctype html><html><body>${html}</body></html>`).document
          .body as unknown as TextNode)
      : html;
  const out: string[] = [];
  walk(root, out);
  return out.join('');
}
