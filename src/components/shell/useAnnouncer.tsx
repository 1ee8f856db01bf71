import * as React from 'react';

const visuallyHidden: React.CSSProperties = {
  position: 'absolute', width: 1, height: 1, margin: -1, padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', border: 0, whiteSpace: 'nowrap'
};

/**
 * A polite live region owned by the shell. Announcing the same text twice still speaks it (the text is
 * cleared first), and rapid announcements collapse into the last one.
 */
export function useAnnouncer(): { announce: (text: string) => void; liveRegion: React.ReactElement } {
  const [message, setMessage] = React.useState('');
  const timer = React.useRef<number | undefined>(undefined);
  const announce = React.useCallback((text: string) => {
    setMessage('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(text), 50);
  }, []);
  React.useEffect(() => () => window.clearTimeout(timer.current), []);
  const liveRegion = (
    <div role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden} data-testid="live-region">
      {message}
    </div>
  );
  return { announce, liveRegion };
}
