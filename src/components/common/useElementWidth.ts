import * as React from 'react';

/**
 * The width of an element in CSS pixels, kept current with ResizeObserver (a web part's column changes
 * with the page layout, not only with the window). 0 until the element has been laid out.
 */
export function useElementWidth<E extends HTMLElement>(): [React.RefObject<E>, number] {
  const ref = React.useRef<E>(null);
  const [width, setWidth] = React.useState(0);
  React.useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = (): void => setWidth(Math.round(element.getBoundingClientRect().width));
    measure();
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
