import type { APIRoute } from 'astro';
import { siteCorpus } from '../../lib/site/corpus';
import { questionsJson } from '../../lib/questions-export';

export const GET: APIRoute = async ({ site }) => {
  const corpus = await siteCorpus();
  return new Response(JSON.stringify(questionsJson(corpus, site!), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
