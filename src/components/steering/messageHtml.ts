import type { DOMPurify } from 'dompurify';
import { linkHref } from '../../core/untrusted/links';

/**
 * A rendered reminder e-mail shown inside the tab. The e-mail's HTML is our own (every value escaped by
 * the renderer), and it is still cleaned, as anything put into the page should be, by a maintained
 * sanitiser (DOMPurify): only the elements and attributes a message uses, links only where `linkHref`
 * allows them (opened in a new window), headings moved below the tab's own. DOMPurify is its own chunk,
 * fetched when the first message is opened, so the steering tab's first bundle does not carry it.
 * Browser only.
 */

const ALLOWED_TAGS = ['p', 'ul', 'ol', 'li', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'strong', 'em', 'b', 'i', 'span', 'br', 'div', 'h1', 'h2', 'h3'];
const ALLOWED_ATTR = ['href', 'scope', 'colspan', 'rowspan', 'lang', 'aria-label'];
/** The e-mail's h1/h2/h3 become h5/h6: the tab's message list is under an h4. */
const HEADINGS: Readonly<Record<string, string>> = { H1: 'h5', H2: 'h6', H3: 'h6' };

/** Cleans a message's HTML into markup that may be put into the page. */
export type MessageSanitiser = (html: string) => string;

let loading: Promise<MessageSanitiser> | undefined;

/** The sanitiser, loaded once (DOMPurify's chunk) and configured on an instance of our own. */
export function loadMessageSanitiser(): Promise<MessageSanitiser> {
  loading ??= import(/* webpackChunkName: "dompurify" */ 'dompurify')
    .then((m) => messageSanitiser(m.default(window)))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** The cleaning, given a DOMPurify instance (exported for tests that bring their own window). */
export function messageSanitiser(purify: DOMPurify): MessageSanitiser {
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = linkHref(node.getAttribute('href'));
    if (href === null) node.removeAttribute('href');
    else node.setAttribute('href', href);
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  return (html) => {
    const fragment = purify.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      RETURN_DOM_FRAGMENT: true
    });
    const doc = fragment.ownerDocument;
    for (const heading of Array.from(fragment.querySelectorAll('h1, h2, h3'))) {
      const moved = doc.createElement(HEADINGS[heading.tagName]);
      moved.append(...Array.from(heading.childNodes));
      heading.replaceWith(moved);
    }
    const container = doc.createElement('div');
    container.appendChild(fragment);
    return container.innerHTML;
  };
}
