import type { APIRoute } from 'astro';
import { siteCorpus } from '../../lib/site/corpus';
import { timelineData } from '../../lib/timeline-data';
import { LANGS } from '../../i18n';
import type { Lang } from '../../domain/vocabulary';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

export const GET: APIRoute<{ lang: Lang }> = async ({ props: { lang } }) => {
  const corpus = await siteCorpus();
  return new Response(JSON.stringify(timelineData(corpus, lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
