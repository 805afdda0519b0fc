import type { APIRoute } from 'astro';
import { siteCorpus } from '../../lib/site/corpus';
import { eventsJson } from '../../lib/exports';

export const GET: APIRoute = async ({ site }) => {
  const corpus = await siteCorpus();
  return new Response(JSON.stringify(eventsJson(corpus, site!), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
