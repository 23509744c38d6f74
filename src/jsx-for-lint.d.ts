/**
 * For ESLint only. eslint-plugin-astro turns an .astro template into TSX, whose elements TypeScript types through the
 * global JSX namespace; Astro's own JSX types say `HTMLElement | any` (to fit every UI framework), so every `.map()`
 * returning markup would be an unsafe `any` return. This project's templates are plain HTML: an element is an
 * HTMLElement. (eslint-plugin-astro's README, "Resolving Error in JSX".) `astro check` does not read it.
 */
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
