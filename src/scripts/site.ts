/**
 * The site's only script, a module loaded without blocking rendering. It
 * adds what needs JavaScript and nothing else: a report's 引用 controls
 * (cite.ts), a copy-link button beside every section link (only where the
 * Clipboard API is available), the table of contents marking the section
 * being read, and the "/" key to jump to the search box. Everything still
 * reads without it.
 *
 * One file per page: the two parts that only some visits need (the scroll
 * follower, the search-word highlighter) are bundled on their own and added
 * as plain scripts, not by import(), whose Vite preload helper would be a
 * second file on every page.
 */

import { NOT_TEXT_ATTRIBUTE, SECTION_LINK_CLASS } from '../lib/report/markup.ts';
import { addCiteControls } from './cite.ts';
import { createStatusRegion } from './status-region.ts';
// `?worker&url`: Vite bundles the module alone, self-contained (an IIFE), and gives its address; nothing is
// loaded until runScript adds it to the page.
import highlighterUrl from './search/highlight-on-arrival.ts?worker&url';
import tocFollowUrl from './toc-follow.ts?worker&url';

const SEARCH_INPUT_ID = 'site-search-input';

/** Runs a separately bundled script in this page (as a classic script: the bundle is an IIFE). */
function runScript(src: string): void {
  const script = document.createElement('script');
  script.src = src;
  document.head.append(script);
}

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
  if (document.querySelector('nav.toc') && window.matchMedia('(min-width: 64em)').matches) runScript(tocFollowUrl);
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
  if (new URLSearchParams(window.location.search).has('hl')) runScript(highlighterUrl);
}

// Cite first: its 引用 buttons go before the copy-link button, which stays last in a heading's row.
addCiteControls();
addCopyLinkButtons();
followScrollInToc();
focusSearchOnSlash();
highlightSearchWords();
