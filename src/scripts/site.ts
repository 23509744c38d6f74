/**
 * The site's only script, a module loaded without blocking rendering. It
 * adds what needs JavaScript and nothing else: a copy-link button beside
 * every section link (only where the Clipboard API is available), the table
 * of contents marking the section being read, and the "/" key to jump to the
 * search box. Everything still reads without it.
 */

import { NOT_TEXT_ATTRIBUTE, SECTION_LINK_CLASS } from '../lib/report/markup.ts';
import { createStatusRegion } from './status-region.ts';

const SEARCH_INPUT_ID = 'site-search-input';

function addCopyLinkButtons(): void {
  if (!navigator.clipboard) return;
  const links = document.querySelectorAll<HTMLAnchorElement>(`a.${SECTION_LINK_CLASS}`);
  if (links.length === 0) return;
  const status = createStatusRegion();
  for (const link of links) {
    const heading = link.parentElement?.querySelector('h2, h3, h4');
    const title = heading?.textContent?.trim() ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = '复制链接';
    button.setAttribute('aria-label', `复制链接：${title}`);
    button.setAttribute(NOT_TEXT_ATTRIBUTE, '');
    button.addEventListener('click', () => {
      // The full address of the section: this page without its current fragment, plus the section's.
      const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
      navigator.clipboard.writeText(url).then(
        () => {
          button.textContent = '已复制';
          status.textContent = `已复制链接：${url}`;
          window.setTimeout(() => {
            button.textContent = '复制链接';
          }, 2000);
        },
        () => {
          status.textContent = '无法复制链接，请右键单击“#”复制链接地址。';
        },
      );
    });
    // Last in the heading's row of links, so that where it shows only on hover it leaves no gap between them.
    link.parentElement?.append(button);
  }
}

/**
 * Where the table of contents stands sticky beside the text (wide screens),
 * it marks the section being read; its code is loaded only there.
 */
function followScrollInToc(): void {
  if (document.querySelector('nav.toc') && window.matchMedia('(min-width: 64em)').matches)
    void import('./toc-follow.ts');
}

/** Whether a key press is meant for the element that has focus (typing, not a shortcut). */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function focusSearchOnSlash(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    // The search page's own box when there is one (it searches as you type), else the header's.
    const input = document.getElementById('search-input') ?? document.getElementById(SEARCH_INPUT_ID);
    if (!(input instanceof HTMLInputElement)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

/**
 * Search results link to a report with ?hl=… (the words they found, see
 * search/highlight-on-arrival.ts); only then is the highlighter downloaded.
 */
function highlightSearchWords(): void {
  if (new URLSearchParams(window.location.search).has('hl')) void import('./search/highlight-on-arrival.ts');
}

addCopyLinkButtons();
followScrollInToc();
focusSearchOnSlash();
highlightSearchWords();
