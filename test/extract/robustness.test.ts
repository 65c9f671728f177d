import { describe, expect, it } from 'vitest';
import { extractArticle, RULE_VERSION } from '../../src/extract/index.js';
import { extract } from './helpers.js';
import { TEST_LEXICON } from './test-lexicon.js';

const here = '[extract/robustness] ';

describe('robustness', () => {
  const EMPTY: Array<[string, string]> = [
    ['empty text', ''],
    ['only spaces', '   \n\n  '],
    ['only punctuation', '... !!! ???'],
  ];
  it.each(EMPTY)(`${here}%s yields an empty extraction`, (_label, text) => {
    const x = extract(text);
    expect(x.entities).toEqual([]);
    expect(x.relations).toEqual([]);
    expect(x.unexplained).toEqual([]);
    expect(x.ruleVersion).toBe(RULE_VERSION);
  });

  it(`${here}a missing text is treated as empty`, () => {
    const x = extractArticle({ id: 'x', text: undefined as unknown as string }, TEST_LEXICON);
    expect(x.sentences).toEqual([]);
  });

  const FOREIGN: Array<[string, string]> = [
    ['Chinese', '字节跳动表示，其对OpenAI技术的使用符合服务条款。百度的李彦宏批评了这种做法。'],
    ['Russian', 'Компания OpenAI приостановила доступ ByteDance к своему сервису.'],
    ['Arabic', 'قالت شركة OpenAI إنها علقت حساب ByteDance.'],
    ['emoji and symbols', '🚀🚀 OpenAI → ByteDance ✨ #AI @user https://example.com/a?b=c'],
  ];
  it.each(FOREIGN)(`${here}non-English input (%s) keeps exact offsets`, (_label, text) => {
    const x = extract(text);
    for (const s of x.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const e of x.entities)
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it(`${here}is deterministic`, () => {
    const text =
      'Sam Altman-led OpenAI has suspended TikTok-parent ByteDance. Microsoft invested in OpenAI.';
    expect(JSON.stringify(extract(text, '2023-12-15'))).toBe(
      JSON.stringify(extract(text, '2023-12-15')),
    );
  });

  it(`${here}evidence offsets point into the text`, () => {
    const text =
      'Intro line\n\nBeijing-based 01.AI released Yi-34B. OpenAI’s GPT-4 Turbo followed.';
    const x = extract(text);
    expect(x.relations.length).toBeGreaterThan(0);
    for (const r of x.relations) {
      expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
      expect(r.evidence.spanStart).toBeGreaterThanOrEqual(r.evidence.start);
      expect(r.evidence.spanEnd).toBeLessThanOrEqual(r.evidence.end);
      expect(r.ruleVersion).toBe(RULE_VERSION);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it(`${here}a 1 MB article is processed in reasonable time`, () => {
    const paragraph =
      'Sam Altman-led OpenAI has suspended TikTok-parent ByteDance. Microsoft invested $10 billion in OpenAI, ' +
      'according to The Verge. Beijing-based 01.AI, founded by Lee Kai-fu, was accused of copying Llama.\n\n';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const started = performance.now();
    const x = extract(text);
    const seconds = (performance.now() - started) / 1000;
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expect(x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toContain(
      'OpenAI SUSPENDED ByteDance',
    );
    expect(seconds).toBeLessThan(30);
  }, 60_000);

  it(`${here}counts sentences naming two entities that no rule explains`, () => {
    const x = extract(
      'OpenAI and ByteDance were mentioned together. Microsoft invested in OpenAI.',
    );
    expect(x.unexplained).toEqual([0]);
  });
});
