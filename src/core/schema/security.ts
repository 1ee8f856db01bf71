import type { Labels } from '../i18n/catalog';
import type { ListKey } from './lists';

/**
 * Who may do what, as SharePoint groups and list permissions. Provisioning creates the groups and
 * role assignments; the UI asks SharePoint for the user's effective permissions instead of guessing;
 * the emulator enforces the same rules, so tests prove them.
 *
 * - Steering group members edit everything.
 * - Action owners edit the actions they own (item-level permission granted on the action) and report on
 *   them: each action's reports live in its own folder of StatusUpdates, where its owner has Contribute
 *   (the list itself is read-only to them), and each edits only the reports they wrote (WriteSecurity 2).
 * - Everyone else in the city reads, and may propose ideas (Ideas: add, edit only their own).
 * docs/security.md has the whole trust model: who may write what, through which door, enforced where.
 */
export type GroupKey = 'steering' | 'owners' | 'readers';
export type RoleKey = 'read' | 'contribute' | 'edit';

export interface GroupDef {
  readonly key: GroupKey;
  /** The group name in SharePoint; one name for both languages keeps it findable. */
  readonly name: string;
  readonly description: Labels;
  /**
   * Everyone may see who is in the group. The steering group's is: every reader's follow-up checks that a
   * status report was written by the action's owner or a steering member (src/core/reports).
   */
  readonly membershipVisible?: boolean;
}

export const GROUPS: readonly GroupDef[] = [
  { key: 'steering', name: 'Digijohtoryhmä – Digiledningsgruppen', membershipVisible: true, description: {
    fi: 'Digijohtoryhmän jäsenet: muokkaavat koko tiekarttaa.', sv: 'Digiledningsgruppens medlemmar: redigerar hela vägkartan.', en: 'Steering group members: edit the whole roadmap.' } },
  { key: 'owners', name: 'Digitiekartan vastuuhenkilöt – Vägkartans ansvarspersoner', description: {
    fi: 'Toimenpiteiden vastuuhenkilöt: muokkaavat omia toimenpiteitään ja raportoivat niistä.', sv: 'Åtgärdernas ansvarspersoner: redigerar sina åtgärder och rapporterar om dem.', en: 'Action owners: edit their own actions and report on them.' } },
  { key: 'readers', name: 'Digitiekartan lukijat – Vägkartans läsare', description: {
    fi: 'Kaupungin henkilöstö: lukee tiekarttaa ja ehdottaa ideoita.', sv: 'Stadens personal: läser vägkartan och föreslår idéer.', en: 'City staff: read the roadmap and propose ideas.' } }
];

/** SharePoint list setting WriteSecurity: 1 = edit all items, 2 = edit only items created by the user. */
export type WriteSecurity = 1 | 2;

export interface ListSecurity {
  readonly roles: Readonly<Partial<Record<GroupKey, RoleKey>>>;
  readonly writeSecurity: WriteSecurity;
  /** Owners get `contribute` on each item whose `owner` field names them. */
  readonly ownerItemRole?: RoleKey;
  /**
   * For a list with per-item folders (`folderPer`): the owners of the looked-up item get this role on its
   * folder. The folder keeps a copy of the list's roles, so the steering group keeps editing there.
   */
  readonly ownerFolderRole?: RoleKey;
}

export const LIST_SECURITY: Readonly<Record<ListKey, ListSecurity>> = {
  actions: { roles: { steering: 'edit', owners: 'read', readers: 'read' }, writeSecurity: 1, ownerItemRole: 'contribute' },
  // Owners only read the list as a whole; they add reports in the folders of the actions they own.
  statusUpdates: { roles: { steering: 'edit', owners: 'read', readers: 'read' }, writeSecurity: 2, ownerFolderRole: 'contribute' },
  meetings: { roles: { steering: 'edit', owners: 'read', readers: 'read' }, writeSecurity: 1 },
  metrics: { roles: { steering: 'edit', owners: 'read', readers: 'read' }, writeSecurity: 1 },
  metricValues: { roles: { steering: 'edit', owners: 'read', readers: 'read' }, writeSecurity: 1 },
  ideas: { roles: { steering: 'edit', owners: 'contribute', readers: 'contribute' }, writeSecurity: 2 },
  // The steering group's decisions on actions (code, approval) and ideas (triage): everyone reads them.
  actionDecisions: { roles: { steering: 'edit', owners: 'read', readers: 'read' }, writeSecurity: 1 },
  ideaTriage: { roles: { steering: 'edit', owners: 'read', readers: 'read' }, writeSecurity: 1 },
  // Only the steering group (and the reminder job's app identity) sees who was reminded.
  reminderLog: { roles: { steering: 'edit' }, writeSecurity: 1 }
};

/**
 * The site's document library, where the city keeps the roadmap workbook (`Shared Documents/tiekartta_v2.xlsx`).
 * It keeps the site's permissions (everyone in the city reads it) and the steering group also edits it:
 * they save the workbook's new versions from the web part's Excel export and import. Owners and readers
 * download and upload files of their own instead.
 */
export interface LibrarySecurity {
  /** Site-relative URL of the library. */
  readonly url: string;
  readonly roles: Readonly<Partial<Record<GroupKey, RoleKey>>>;
}

export const DOCUMENTS_SECURITY: LibrarySecurity = { url: 'Shared Documents', roles: { steering: 'edit' } };
