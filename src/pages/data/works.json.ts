import type { APIRoute } from 'astro';
import { siteCorpus } from '../../lib/site/corpus';
import { worksCslJson } from '../../lib/exports';

export const GET: APIRoute = async () => {
  const corpus = await siteCorpus();
  return new Response(JSON.stringify(worksCslJson(corpus), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
