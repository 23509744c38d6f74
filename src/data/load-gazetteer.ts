/**
 * The site's gazetteer, for the build only: the division list is bundled as
 * text into the prerendering code and indexed once. Pages take from it only
 * the names and counts they show; nothing of it reaches the browser.
 */
import text from './divisions.txt?raw';
import { Gazetteer } from '../lib/divisions/gazetteer.ts';

let loaded: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  loaded ??= new Gazetteer(text);
  return loaded;
}
