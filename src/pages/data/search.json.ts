import type { APIRoute } from 'astro';
import { siteCorpus } from '../../lib/site/corpus';
import { searchData } from '../../lib/search/records';

export const GET: APIRoute = async () => {
  const corpus = await siteCorpus();
  return new Response(JSON.stringify(searchData(corpus)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
