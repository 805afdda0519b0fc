import type { APIRoute } from 'astro';
import { siteCorpus } from '../../../../lib/site/corpus';
import { chunkYears, timelineChunk } from '../../../../lib/timeline-data';
import { LANGS } from '../../../../i18n';
import type { Lang } from '../../../../lib/dates';

export async function getStaticPaths() {
  const years = chunkYears(await siteCorpus());
  return LANGS.flatMap((lang) => years.map((year) => ({ params: { lang, year }, props: { lang, year } })));
}

export const GET: APIRoute<{ lang: Lang; year: string }> = async ({ props: { lang, year } }) => {
  const corpus = await siteCorpus();
  return new Response(JSON.stringify(timelineChunk(corpus, lang, year)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
