/**
 * `mimetext/browser` is declared in the package's `exports` map, which the SPFx build's TypeScript
 * resolution (`moduleResolution: node`) does not read; webpack, esbuild, tsx and Jest do. Its types are
 * the package's own.
 */
declare module 'mimetext/browser' {
  export { createMimeMessage, MIMEMessage, Mailbox, MIMETextError } from 'mimetext/dist/entrypoints/browser';
}
