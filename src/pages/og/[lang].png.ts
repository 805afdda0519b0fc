/** /og/ja.png, /og/en.png: the site's link-preview image in each language (src/lib/og-image.ts). */
import type { APIRoute } from 'astro';
import { LANGS, t } from '../../i18n';
import { ogPng } from '../../lib/og-image';
import { homePath } from '../../lib/urls';
import type { Lang } from '../../lib/dates';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

export const GET: APIRoute<{ lang: Lang }> = ({ props: { lang }, site }) => {
  const png = ogPng({
    title: t(lang, 'site.shortTitle'),
    subtitle: t(lang, 'og.subtitle'),
    footer: new URL(homePath(lang), site).href,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
