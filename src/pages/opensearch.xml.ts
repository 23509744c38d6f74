/**
 * The OpenSearch description, so browsers can add the archive's search
 * (linked from every page's head). The search address is absolute when the
 * site URL is known, base-relative otherwise.
 */
import type { APIRoute } from 'astro';
import { routes } from '../lib/routes.ts';
import { SITE_NAME } from '../lib/site.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import { href } from '../lib/urls.ts';

const escapeXml = (text: string): string =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);

export const GET: APIRoute = () => {
  const search = absoluteUrl(routes.search()) ?? href(routes.search());
  const icon = absoluteUrl('favicon.svg') ?? href('favicon.svg');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>法治报告档案</ShortName>
  <Description>${escapeXml(`在${SITE_NAME}中搜索`)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>zh-CN</Language>
  <Image type="image/svg+xml">${escapeXml(icon)}</Image>
  <Url type="text/html" method="get" template="${escapeXml(search)}?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
