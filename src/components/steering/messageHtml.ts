/**
 * A rendered reminder e-mail shown inside the tab. The e-mail's HTML is our own (every value escaped by
 * the renderer), and it is still cleaned here, as anything put into the page should be: parsed without
 * running anything (DOMParser), only the message's article kept, then an allowlist of elements and
 * attributes, links only to http(s) and mailto, headings moved below the tab's own. Browser only.
 */
const ALLOWED = new Set(['P', 'UL', 'OL', 'LI', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'A', 'STRONG', 'EM', 'B', 'I', 'SPAN', 'BR', 'DIV', 'H1', 'H2', 'H3']);
const ATTRIBUTES = new Set(['href', 'scope', 'colspan', 'rowspan', 'lang', 'aria-label']);
/** The e-mail's h1/h2/h3 become h5/h6: the tab's message list is under an h4. */
const HEADINGS: Readonly<Record<string, string>> = { H1: 'h5', H2: 'h6', H3: 'h6' };

function clean(node: Node, into: Node, doc: Document): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      into.appendChild(doc.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (!ALLOWED.has(el.tagName)) {
      // Unknown elements are dropped with their content when they could carry code; others keep their text.
      if (!['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'EMBED', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'MATH'].includes(el.tagName.toUpperCase())) clean(el, into, doc);
      continue;
    }
    const copy = doc.createElement(HEADINGS[el.tagName] ?? el.tagName.toLowerCase());
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (!ATTRIBUTES.has(name)) continue;
      if (name === 'href' && !/^(https?:|mailto:)/i.test(attr.value.trim())) continue;
      copy.setAttribute(name, attr.value);
    }
    if (copy.tagName === 'A') {
      copy.setAttribute('target', '_blank');
      copy.setAttribute('rel', 'noopener noreferrer');
    }
    clean(el, copy, doc);
    into.appendChild(copy);
  }
}

export function safeMessageHtml(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const source = parsed.querySelector('[role="article"]') ?? parsed.body;
  const out = document.implementation.createHTMLDocument('');
  const container = out.createElement('div');
  clean(source, container, out);
  return container.innerHTML;
}
