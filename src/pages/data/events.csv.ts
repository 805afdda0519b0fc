import type { APIRoute } from 'astro';
import { siteCorpus } from '../../lib/site/corpus';
import { eventsJson } from '../../lib/exports';
import { eventsCsv } from '../../lib/csv';

export const GET: APIRoute = async ({ site }) => {
  const corpus = await siteCorpus();
  return new Response(eventsCsv(eventsJson(corpus, site!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
