import type { APIRoute } from 'astro';
import { siteCorpus } from '../../lib/site/corpus';
import { worksBibtex } from '../../lib/exports';

export const GET: APIRoute = async () => {
  const corpus = await siteCorpus();
  return new Response(worksBibtex(corpus), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
