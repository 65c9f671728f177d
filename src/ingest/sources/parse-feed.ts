import { XMLParser } from 'fast-xml-parser';

/** One RSS item or Atom entry. */
export interface FeedEntry {
  title?: string;
  link?: string;
  /** RSS `guid` or Atom `id`. */
  guid?: string;
  /** As written: `pubDate`, `published`, `updated`, `dc:date`. */
  published?: string;
  /** Full content (`content:encoded`, Atom `content`), HTML or text. */
  content?: string;
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

// Text of a node that may be a string, `{ '#text' }`, or nested XHTML.
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value || undefined;
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') {
    const node = value as Node;
    if (typeof node['#text'] === 'string') return node['#text'];
    const parts = Object.entries(node)
      .filter(([key]) => !key.startsWith('@_'))
      .map(([, child]) => textOf(child) ?? '');
    return parts.join(' ').trim() || undefined;
  }
  return undefined;
}

// RSS: <link>url</link>; Atom: <link rel="alternate" href="url"/> among others.
function linkOf(links: unknown, rels = ['alternate']): string | undefined {
  const list = Array.isArray(links) ? links : links === undefined ? [] : [links];
  for (const link of list) {
    if (typeof link === 'string' && link) return link;
    const node = link as Node;
    const rel = (node?.['@_rel'] as string | undefined) ?? 'alternate';
    if (rels.includes(rel) && typeof node?.['@_href'] === 'string') return node['@_href'];
  }
  return undefined;
}

function toEntry(node: Node): FeedEntry {
  const values = {
    title: textOf(node.title),
    link: linkOf(node.link),
    guid: textOf(node.guid ?? node.id),
    published: textOf(node.pubDate ?? node.published ?? node['dc:date'] ?? node.updated),
    content: textOf(node['content:encoded'] ?? node.content),
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value)) as FeedEntry;
}

/** A parsed feed. */
export interface Feed {
  /** The feed's own or its site's URL, against which relative item links resolve. */
  link?: string;
  entries: FeedEntry[];
}

/**
 * Parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed into its entries.
 *
 * @throws Error when the XML is not well-formed or not a feed.
 */
export function parseFeed(xml: string): Feed {
  const document = parser.parse(xml, true) as Node;
  const rss = document.rss as Node | undefined;
  const channel = rss?.channel as Node | undefined;
  const rdf = document['rdf:RDF'] as Node | undefined;
  const atom = document.feed as Node | undefined;
  const entries = (channel?.item ?? rdf?.item ?? atom?.entry) as Node[] | undefined;
  if (!channel && !rdf && !atom) throw new Error('not an RSS or Atom feed');
  const link = linkOf((channel ?? atom)?.link, ['self', 'alternate']);
  return { ...(link ? { link } : {}), entries: (entries ?? []).map(toEntry) };
}
