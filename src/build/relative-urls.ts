/**
 * Page-relative links, so that the built site works wherever it is put: served at its root or
 * under a sub-path, or opened from disk (`_site/index.html`). A site path ("/assets/style.css")
 * becomes a path from the page's own folder ("../../assets/style.css"), which resolves to the
 * same address when served. Addresses with a scheme, protocol-relative ones and fragments are
 * left alone. The 404 page keeps site paths: a host shows it at whatever address was asked for.
 */

/** The folder a page is served from: "/events/x/" for "/events/x/", "/" for "/404.html". */
function folderOf(pageUrl: string): string[] {
  const folder = pageUrl.endsWith('/') ? pageUrl : pageUrl.slice(0, pageUrl.lastIndexOf('/') + 1);
  return folder.split('/').filter(Boolean);
}

/**
 * `url` as written on the page at `pageUrl` (both site paths, the path prefix included),
 * relative to that page. "./" stands for the page's own folder.
 */
export function relativeUrl(pageUrl: string, url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const cut = url.search(/[?#]/);
  const pathPart = cut < 0 ? url : url.slice(0, cut);
  const tail = cut < 0 ? '' : url.slice(cut);
  const segments = pathPart.slice(1).split('/');
  const file = segments.pop() ?? '';
  const from = folderOf(pageUrl);
  let common = 0;
  while (common < from.length && common < segments.length && from[common] === segments[common]) common++;
  const up = '../'.repeat(from.length - common);
  const down = segments
    .slice(common)
    .map((s) => `${s}/`)
    .join('');
  return (`${up}${down}${file}` || './') + tail;
}

/** Pages that keep site paths: the 404 page is shown at any address, so nothing relative holds. */
export function keepsSitePaths(pageUrl: string | undefined): boolean {
  return !pageUrl || /(^|\/)404\.html$/.test(pageUrl);
}
