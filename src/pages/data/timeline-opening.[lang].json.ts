import type { APIRoute } from 'astro';
import { siteCorpus } from '../../lib/site/corpus';
import { openingIndex, timelineIndex } from '../../lib/timeline-data';
import { LANGS } from '../../i18n';
import type { Lang } from '../../lib/dates';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

export const GET: APIRoute<{ lang: Lang }> = async ({ props: { lang } }) => {
  const corpus = await siteCorpus();
  return new Response(JSON.stringify(openingIndex(timelineIndex(corpus, lang))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
