/** A polite live region, so screen-reader users hear what a button did (e.g. that a link was copied). */
export function createStatusRegion(): HTMLElement {
  const region = document.createElement('p');
  region.className = 'visually-hidden';
  region.setAttribute('role', 'status');
  document.body.append(region);
  return region;
}
