/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { act } from 'react-dom/test-utils';
import { ErrorBoundary } from '../../../src/components/shell/ErrorBoundary';
import { describeError } from '../../../src/components/shell/errors';
import { ChoiceMenu } from '../../../src/components/common/ChoiceMenu';
import { AccessDeniedError, ConflictError, NotFoundError } from '../../../src/data/contracts';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  ReactDom.unmountComponentAtNode(root);
  root.remove();
});

describe('the error boundary of a web part', () => {
  it('shows a readable, localised message with a retry that mounts the part again', () => {
    let fail = true;
    function Part(): React.ReactElement {
      if (fail) throw new Error('render exploded');
      return <p>roadmap</p>;
    }
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    act(() => {
      ReactDom.render(<ErrorBoundary lang="sv" partName="Digitala vägkartan"><Part /></ErrorBoundary>, root);
    });
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Digitala vägkartan kan inte visa uppgifterna just nu');
    expect(alert?.textContent).toContain('render exploded');
    fail = false;
    act(() => {
      root.querySelector('button')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(root.textContent).toBe('roadmap');
    quiet.mockRestore();
  });
});

describe('describeError', () => {
  it('says what went wrong in the user’s language, never a stack trace', () => {
    expect(describeError(new AccessDeniedError('update'), 'fi')).toBe('Sinulla ei ole oikeutta tähän.');
    expect(describeError(new NotFoundError('item 3'), 'en')).toBe('It was not found; someone may have deleted it.');
    expect(describeError(new ConflictError('actions', 1, {}, { id: 1 } as never), 'sv')).toBe('Någon annan har ändrat uppgiften under tiden.');
    expect(describeError(Object.assign(new Error('x'), { status: 429 }), 'en')).toBe('SharePoint is busy right now.');
    expect(describeError(new TypeError('Failed to fetch'), 'fi')).toBe('Yhteys SharePointiin ei toiminut.');
    expect(describeError(new Error('boom\n  at x.js:1'), 'en')).toBe('Unexpected error (boom).');
  });
});

describe('the filter menu', () => {
  it('opens as a group of checkboxes, reports choices and closes with Escape back to its button', () => {
    const changes: string[][] = [];
    act(() => {
      ReactDom.render(
        <ChoiceMenu id="m" label="Year" placeholder="All" multiple={true} options={[{ key: '2024', text: '2024' }, { key: '2025', text: '2025' }]} selectedKeys={['2024']} onChange={(k) => changes.push(k)} />,
        root
      );
    });
    const button = root.querySelector('button') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toContain('2024');
    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const group = root.querySelector('[role="group"]');
    expect(group?.getAttribute('aria-labelledby')).toBe('m-label');
    const boxes = root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    act(() => boxes[1].click());
    expect(changes).toEqual([['2024', '2025']]);
    act(() => {
      boxes[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('[role="group"]')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
