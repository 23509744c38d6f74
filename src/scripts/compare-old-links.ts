/**
 * A part's overview page once held every excerpt, so old links point at
 * /compare/<part>/#<report slug>-<section id>. The excerpts now live on the
 * year pages: when the fragment names no element here, read the year from the
 * report slug (…-2023), ask that year's pages.json which page holds the
 * report, and go there with the same fragment.
 */
const part = document.querySelector<HTMLElement>('[data-compare-part]');

async function followOldLink(): Promise<void> {
  const fragment = decodeURIComponent(window.location.hash.slice(1));
  if (!part || fragment === '' || document.getElementById(fragment)) return;
  // "<slug>-s1", "<slug>-s1-2", "<slug>-s1-2-p3": the slug ends before the section id.
  const slug = fragment.replace(/-s\d+(?:-\d+)*(?:-p\d+)?$/u, '');
  const year = /-(\d{4})(?:-[a-z0-9]+)?$/u.exec(slug)?.[1];
  if (slug === fragment || year === undefined) return;
  const yearUrl = new URL(`${year}/`, window.location.href.split('#')[0]);
  let page = 1;
  try {
    const response = await fetch(new URL('pages.json', yearUrl));
    if (response.ok) {
      const pages = (await response.json()) as Record<string, unknown>;
      const found = pages[slug];
      if (typeof found === 'number' && Number.isInteger(found) && found > 0) page = found;
    }
  } catch {
    // Offline or missing: the year's first page is the best guess.
  }
  const target = page > 1 ? new URL(`${page}/`, yearUrl) : yearUrl;
  target.hash = fragment;
  window.location.replace(target.href);
}

void followOldLink();
window.addEventListener('hashchange', () => void followOldLink());
