import * as React from 'react';
import * as ReactDom from 'react-dom';
import { isLang } from '../../../src/core/i18n/catalog';
import { FOLLOWUP } from '../../../src/core/i18n/followup';
import { AppShell } from '../../../src/components/shell/AppShell';
import { memoryLocation } from '../../../src/components/shell/location';
import { FollowupDashboard } from '../../../src/components/followup/FollowupDashboard';
import { createRepositories } from '../../../src/data/repository';
import { createSp } from '../../../src/data/sp';
import { createAppServices } from '../../../src/webparts/shared/createAppServices';

/**
 * The follow-up dashboard in a plain page for the browser tests: the shell and the dashboard as the web
 * part renders them, against the emulator on the same origin (`?lang=fi|sv&year=YYYY&now=ISO`).
 */
const params = new URLSearchParams(window.location.search);
const langParam = params.get('lang');
const lang = isLang(langParam) ? langParam : 'fi';
const now = new Date(params.get('now') ?? Date.now());
const siteUrl = `${window.location.origin}/sites/digiohjelma`;
const services = createAppServices({ siteUrl }, () => now);
const sources = createRepositories(createSp({ siteUrl }));
document.documentElement.lang = lang;
document.title = FOLLOWUP[lang].dashboardTitle;

ReactDom.render(
  <AppShell lang={lang} theme={undefined} services={services} host={{ kind: 'sharepoint', location: memoryLocation(''), pageUrl: window.location.href }} partName={FOLLOWUP[lang].partName}>
    <main style={{ maxWidth: 1100, margin: '0 auto', padding: 16 }}>
      <h1>Digitiekartta</h1>
      <FollowupDashboard sources={sources} initialYear={Number(params.get('year')) || undefined} />
    </main>
  </AppShell>,
  document.getElementById('root')
);
