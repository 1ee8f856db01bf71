import * as React from 'react';
import { OUTBOX } from '../../../src/core/i18n/outbox';
import { Btn } from '../../../src/components/common/Btn';
import { useApp } from '../../../src/components/shell/AppContext';

/**
 * What reminders look like: the emulator's outbox (its own HTML page, each message in a sandboxed
 * frame), shown inside the workbench. `npm run demo`, send from the steering tab, look here.
 */
export function OutboxPage(): React.ReactElement {
  const { lang } = useApp();
  const t = OUTBOX[lang];
  const [generation, setGeneration] = React.useState(0);
  return (
    <div style={{ padding: '16px 24px' }} data-testid="outbox-page">
      <h1 style={{ fontSize: 24, margin: '0 0 8px' }}>{t.heading}</h1>
      <p>{t.intro}</p>
      <Btn onClick={() => setGeneration((g) => g + 1)} testId="outbox-refresh">{t.refresh}</Btn>
      <iframe
        key={generation}
        title={t.frame}
        src="/graph/_emulator/outbox?format=html"
        style={{ display: 'block', width: '100%', height: 'calc(100vh - 220px)', minHeight: 480, marginTop: 12, border: '1px solid #8a8886', background: '#fff' }}
        data-testid="outbox-frame"
      />
    </div>
  );
}
