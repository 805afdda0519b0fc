import { describe, expect, test } from 'vitest';
import { parseAccounts, splitCitations, splitMarker } from '../../src/lib/content/remark-accounts';

describe('splitMarker', () => {
  test.each([
    ['● 芳澤が…', '●', '芳澤が…'],
    ['★カラハンが…', '★', 'カラハンが…'],
    ['[omsk] Omsk says…', '[omsk]', 'Omsk says…'],
    ['関東大震災', null, '関東大震災'],
    ['「引用」で始まる', null, '「引用」で始まる'],
  ])('%s', (text, marker, rest) => {
    expect(splitMarker(text)).toEqual({ marker, rest });
  });
  test.each([
    '☆ 偽の印',
    '○ 丸',
    '▲ 三角',
    '◎ 二重丸',
    '※ 注',
    '〇 IMEの丸',
    '• bullet',
    '・ 中黒',
    '･ 半角中黒',
    '⚫ 黒丸',
  ])('rejects %s', (text) => {
    expect(splitMarker(text)).toMatchObject({ error: expect.stringContaining('unknown marker') });
  });
  test.each([
    ['［omsk］ 全角', '[omsk]'],
    ['【omsk】 隅付き', '[omsk]'],
    ['〔ｏｍｓｋ〕 亀甲', '[omsk]'],
  ])('rejects a side label in %s', (text, ascii) => {
    expect(splitMarker(text)).toEqual({ error: expect.stringContaining(`"${ascii}"`) });
  });
  test('rejects two markers', () => {
    expect(splitMarker('● ★ 両方')).toEqual({ error: expect.stringContaining('two markers') });
  });
});

describe('splitCitations', () => {
  test('the last parenthesised group is the citation group', () => {
    expect(splitCitations('会見した（非公式）。(ソコロフ 127; 書簡93)')).toEqual({
      text: '会見した（非公式）。',
      citations: ['ソコロフ 127', '書簡93'],
      empty: false,
      uncited: false,
    });
  });
  test('full-width parentheses and separators', () => {
    expect(splitCitations('調印した。（芳澤 1961:79；中野 95）')).toEqual({
      text: '調印した。',
      citations: ['芳澤 1961:79', '中野 95'],
      empty: false,
      uncited: false,
    });
  });
  test('"(uncited)" ends an account the paper states without a source', () => {
    expect(splitCitations('ソ連中央執行委員会が批准した。 (uncited)')).toEqual({
      text: 'ソ連中央執行委員会が批准した。',
      citations: [],
      empty: false,
      uncited: true,
    });
    expect(splitCitations('批准した（2月20日）。（uncited）')).toMatchObject({
      text: '批准した（2月20日）。',
      uncited: true,
    });
  });
  test.each([
    ['ソ連中央執行委員会が批准した。', /does not end with a citation group/],
    ['回答なし。(中野 92)。', /"。" after the citation group/],
    ['No answer. (中野 92).', /"\." after the citation group/],
    ['回答なし。〔書簡93〕', /in 〔 brackets/],
    ['回答なし。【中野 92】', /in 【 brackets/],
    ['No answer. [中野 92]', /in \[ brackets/],
    ['回答なし。(中野 92', /is not closed/],
    ['回答なし。（中野 92', /is not closed/],
    ['回答なし。中野 92)', /do not pair up/],
  ])('a lost citation group is a problem: %s', (text, message) => {
    expect(splitCitations(text).error).toMatch(message);
  });
  test('an empty item is flagged', () => {
    expect(splitCitations('x (中野 92; )').empty).toBe(true);
  });
});

describe('parseAccounts (remark plugin)', () => {
  const body = [
    '## ja',
    '',
    '● 芳澤の記述。(中野 92)',
    '',
    '★ ソ連側の記述。',
    '(ソコロフ 127)',
    '',
    '## en',
    '',
    '● Yoshizawa. (中野 92)',
    '',
    '★ Soviet. (ソコロフ 127)',
    '',
  ].join('\n');
  test('a citation problem is reported on the last line of its paragraph', () => {
    const { problems } = parseAccounts('## ja\n\n● 一行目\n二行目。(中野 92)。\n\n## en\n\n● x (中野 92)\n', 10);
    expect(problems).toEqual([
      { field: 'body.ja[0].citations', message: expect.stringContaining('after the citation group'), line: 14 },
    ]);
  });
  test('pairs of accounts per language, with line numbers', () => {
    const parsed = parseAccounts(body, 10);
    expect(parsed.problems).toEqual([]);
    expect(parsed.ja).toEqual([
      { marker: '●', text: '芳澤の記述。', citations: ['中野 92'], line: 13 },
      { marker: '★', text: 'ソ連側の記述。', citations: ['ソコロフ 127'], line: 15 },
    ]);
    expect(parsed.en.map((a) => a.marker)).toEqual(['●', '★']);
  });
  test('markdown is kept as written, never turned into HTML', () => {
    const parsed = parseAccounts(
      '## ja\n\n<img src=x onerror=alert(1)> [link](javascript:alert(1)) (uncited)\n\n## en\n\n*x* (uncited)\n',
    );
    expect(parsed.ja[0]!.text).toBe('<img src=x onerror=alert(1)> [link](javascript:alert(1))');
    expect(parsed.en[0]!.text).toBe('*x*');
  });
  test.each([
    ['## ja\n\n● a\n', 'body.en', 'missing'],
    ['● a\n\n## ja\n\n● a\n\n## en\n\n● a\n', 'body', 'outside'],
    ['## ja\n\n- a list\n\n## en\n\nx\n', 'body.ja', 'only paragraphs'],
    ['## ja\n\n☆ a\n\n## en\n\n☆ a\n', 'body.ja[0].marker', 'unknown marker'],
    ['## ja\n\n● (中野 92)\n\n## en\n\n● (中野 92)\n', 'body.ja[0].text', 'no text'],
    ['## ja\n\na\n\n## Japanese\n\nb\n\n## en\n\na\n', 'body', 'unexpected heading'],
    ['## ja\n\na\n\n## ja\n\nb\n\n## en\n\na\n', 'body.ja', 'twice'],
  ])('problem in %j', (markdown, field, message) => {
    const { problems } = parseAccounts(markdown);
    expect(problems).toContainEqual(expect.objectContaining({ field, message: expect.stringContaining(message) }));
  });
});
