import type { APIRoute } from 'astro';
import { absoluteUrl } from '@/views/site.ts';
import { SITEMAP_INDEX } from '@/publish/sitemap.ts';

/** Everything may be crawled; the sitemap index lists every page. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_INDEX)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
