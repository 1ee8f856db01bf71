import type * as React from 'react';
import { openInPlace } from '../../../src/components/common/openInPlace';

function click(keys: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } = {}): { event: React.MouseEvent<HTMLElement>; prevented: () => boolean } {
  let prevented = false;
  const event = { ctrlKey: false, metaKey: false, shiftKey: false, ...keys, preventDefault: () => { prevented = true; } };
  // Only the fields the handler reads: a whole synthetic event is not needed to check them.
  return { event: event as unknown as React.MouseEvent<HTMLElement>, prevented: () => prevented };
}

describe('a link to an action', () => {
  it('opens the action in place on a plain click', () => {
    const open = jest.fn();
    const c = click();
    openInPlace(open)(c.event);
    expect(open).toHaveBeenCalledTimes(1);
    expect(c.prevented()).toBe(true);
  });

  it.each(['ctrlKey', 'metaKey', 'shiftKey'] as const)('leaves a click with %s to the browser (new tab or window)', (key) => {
    const open = jest.fn();
    const c = click({ [key]: true });
    openInPlace(open)(c.event);
    expect(open).not.toHaveBeenCalled();
    expect(c.prevented()).toBe(false);
  });
});
