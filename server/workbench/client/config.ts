/** What the workbench server tells the page (embedded as JSON in the HTML). */
export type DemoRole = 'reader' | 'owner' | 'steering';

export interface WorkbenchConfig {
  /** Site path on this origin, proxied to the emulator: `/sites/digiohjelma`. */
  readonly sitePath: string;
  /** The sample people the page can sign in as, by role. */
  readonly users: Readonly<Record<DemoRole, { readonly email: string; readonly displayName: string }>>;
  /** The roadmap web part's id (the Teams app id of its tab). */
  readonly teamsAppId: string;
  /** The steering tab's Microsoft 365 side in the emulator: its web part id, the group (team) and a channel. */
  readonly steering?: { readonly appId: string; readonly groupId: string; readonly channelId: string };
  /**
   * How far the demo's clock runs from the real one (ms), so that the sample is seen at its own moment
   * (`SAMPLE_NOW` when the server started) and its meetings, missing reports and reminders make sense.
   * Absent: the real clock.
   */
  readonly clockOffsetMs?: number;
}

export const CONFIG_ELEMENT_ID = 'wb-config';
