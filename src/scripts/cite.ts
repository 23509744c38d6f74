/**
 * The 引用 controls (progressive enhancement): the report's GB/T 7714-2015
 * reference gets today's date as the access date and the page's own address
 * (its canonical URL when the site has one, else the address in the bar,
 * without query or fragment), a button copies it, and every section heading
 * gets a 引用 button that copies the reference to that section (#id).
 * Part of the site's one script (site.ts); does nothing on other pages.
 */
import { formatGbt7714 } from '../lib/citation/gbt7714.ts';
import { HEADING_WRAPPER_CLASS, NOT_TEXT_ATTRIBUTE, SECTION_LINK_CLASS } from '../lib/report/markup.ts';
import { createStatusRegion } from './status-region.ts';

/** Today in the reader's time zone, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The report page's address without query (?hl=…) or fragment. */
function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return canonical ?? `${window.location.origin}${window.location.pathname}`;
}

function reference(panel: HTMLElement, sectionId?: string): string {
  const { citeTitle = '', citeIssuer, citePublished } = panel.dataset;
  const url = sectionId === undefined ? pageUrl() : `${pageUrl()}#${sectionId}`;
  return formatGbt7714({ title: citeTitle, issuer: citeIssuer, published: citePublished, url }, today());
}

function copyButton(label: string, accessibleName: string, text: () => string, status: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-label', accessibleName);
  button.setAttribute(NOT_TEXT_ATTRIBUTE, '');
  button.addEventListener('click', () => {
    const value = text();
    navigator.clipboard.writeText(value).then(
      () => {
        button.textContent = '已复制';
        status.textContent = `已复制引文：${value}`;
        window.setTimeout(() => {
          button.textContent = label;
        }, 2000);
      },
      () => {
        status.textContent = '无法复制，请选中引文后手动复制。';
      },
    );
  });
  return button;
}

/** The report page's 引用 controls, where the page has them (details.cite). */
export function addCiteControls(): void {
  const panel = document.querySelector<HTMLElement>('details.cite');
  if (!panel) return;
  for (const element of document.querySelectorAll<HTMLElement>('[data-cite-reference]')) {
    element.textContent = reference(panel);
  }
  if (navigator.clipboard) {
    const status = createStatusRegion();
    const copy = copyButton('复制引文', '复制 GB/T 7714 引文', () => reference(panel), status);
    copy.className = 'cite-copy';
    panel.querySelector('.cite-actions')?.prepend(copy);
    for (const link of document.querySelectorAll<HTMLAnchorElement>(
      `.${HEADING_WRAPPER_CLASS} > a.${SECTION_LINK_CLASS}`,
    )) {
      const heading = link.parentElement?.querySelector('h2, h3, h4');
      if (!heading?.id) continue;
      const title = heading.textContent?.trim() ?? '';
      const button = copyButton('引用', `引用本节：${title}`, () => reference(panel, heading.id), status);
      button.className = 'cite-link';
      // Before the copy-link button when it is there, which stays last (both show on hover only).
      const copyLink = link.parentElement?.querySelector('button.copy-link');
      if (copyLink) copyLink.before(button);
      else link.parentElement?.append(button);
    }
  }
}
