import type * as React from 'react';

/**
 * The click handler of a link to an action: a plain click opens the action in place; with Ctrl, ⌘ or
 * Shift the browser follows the link itself (a new tab or window), which is why the link keeps its href.
 */
export function openInPlace(open: () => void): (event: React.MouseEvent<HTMLElement>) => void {
  return (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    open();
  };
}
