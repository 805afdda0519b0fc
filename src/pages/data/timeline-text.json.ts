import type { APIRoute } from 'astro';
import { siteCorpus } from '../../lib/site/corpus';
import { timelineTexts } from '../../lib/timeline-data';

export const GET: APIRoute = async () => {
  const corpus = await siteCorpus();
  return new Response(JSON.stringify(timelineTexts(corpus)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
