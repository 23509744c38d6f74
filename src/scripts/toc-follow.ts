/**
 * Loaded by site.ts on wide screens, where the table of contents is sticky
 * beside the text. The table of contents follows the scroll: the entry of the last heading
 * above the upper third of the window gets `aria-current="location"`, and a
 * sticky table of contents taller than the window scrolls to keep it in view.
 */
function followScrollInToc(): void {
  const toc = document.querySelector<HTMLElement>('nav.toc');
  if (!toc) return;
  const entries = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].flatMap((link) => {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    return target ? [{ link, target }] : [];
  });
  if (entries.length === 0) return;
  let current: HTMLAnchorElement | undefined;
  let scheduled = false;
  const update = (): void => {
    scheduled = false;
    const line = window.innerHeight / 3;
    let found: HTMLAnchorElement | undefined;
    for (const { link, target } of entries) {
      if (target.getBoundingClientRect().top > line) break;
      found = link;
    }
    if (found === current) return;
    current?.removeAttribute('aria-current');
    current = found;
    if (!found) return;
    found.setAttribute('aria-current', 'location');
    if (toc.scrollHeight > toc.clientHeight) {
      const linkTop = found.getBoundingClientRect().top - toc.getBoundingClientRect().top + toc.scrollTop;
      if (linkTop < toc.scrollTop || linkTop > toc.scrollTop + toc.clientHeight - found.offsetHeight) {
        toc.scrollTop = Math.max(0, linkTop - toc.clientHeight / 3);
      }
    }
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    window.requestAnimationFrame(update);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  update();
}

followScrollInToc();

// A module (bundled alone for site.ts, see runScript there).
export {};
