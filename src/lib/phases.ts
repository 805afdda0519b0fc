/** The phases a lecturer jumps to with one click, and the timeline's default extent. */
export interface Phase {
  id: string;
  from: string;
  to: string;
  label: { ja: string; en: string };
}

/** The focus of the sources; the timeline's bounds widen beyond it only as far as the events go. */
export const DEFAULT_EXTENT = { from: '1905-01-01', to: '1945-12-31' };

export const PHASES: Phase[] = [
  {
    id: 'intervention',
    from: '1918-01-01',
    to: '1922-12-31',
    label: { ja: '出兵と占領（1918–1922）', en: 'Intervention and occupation (1918–1922)' },
  },
  {
    id: 'dairen-changchun',
    from: '1921-06-01',
    to: '1922-10-31',
    label: { ja: '大連・長春会議（1921–1922）', en: 'Far Eastern Republic talks: Dairen and Changchun (1921–1922)' },
  },
  {
    id: 'joffe',
    from: '1923-01-01',
    to: '1923-12-31',
    label: { ja: 'ヨッフェ来日（1923）', en: 'Joffe in Tokyo (1923)' },
  },
  {
    id: 'beijing',
    from: '1923-09-01',
    to: '1925-01-31',
    label: { ja: '北京交渉（1923.9–1925.1）', en: 'The Beijing talks (1923-09 → 1925-01)' },
  },
  {
    id: 'aftermath',
    from: '1925-01-01',
    to: '1937-12-31',
    label: { ja: '条約以後（1925–1937）', en: 'Aftermath (1925–1937)' },
  },
  {
    id: 'all',
    from: DEFAULT_EXTENT.from,
    to: DEFAULT_EXTENT.to,
    label: { ja: '全期間（1905–1945）', en: 'Everything (1905–1945)' },
  },
];
