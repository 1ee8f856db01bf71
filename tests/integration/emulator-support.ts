import { spfi, type SPFI, DefaultHeaders, DefaultInit } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/files';
import '@pnp/sp/folders';

/** The real PnPjs v4 in Node, as the product's data layer configures it; optionally as a sample user. */
export function pnp(siteUrl: string, options: { user?: string; retries?: number } = {}): SPFI {
  const sp = spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry({ retries: options.retries ?? 3, interval: 1 }), DefaultParse());
  if (options.user) sp.using(InjectHeaders({ Authorization: `Bearer emu:${options.user}` }));
  return sp;
}

export const ACTIONS_URL = '/sites/digiohjelma/Lists/RoadmapActions';

/** A small roadmap-like list: Title, an indexed unique code, an indexed choice, a number, a user and a date. */
export async function provisionActions(sp: SPFI, opts: { versioning?: boolean } = {}): Promise<void> {
  await sp.web.lists.add('RoadmapActions', 'Roadmap actions', 100, false, { EnableVersioning: opts.versioning ?? true });
  const list = sp.web.getList(ACTIONS_URL);
  const xml = [
    '<Field Type="Text" Name="DtCode" StaticName="DtCode" DisplayName="Tunnus" Indexed="TRUE" EnforceUniqueValues="TRUE" MaxLength="32"/>',
    '<Field Type="Choice" Name="DtStatus" StaticName="DtStatus" DisplayName="Tila" Required="TRUE" Indexed="TRUE"><CHOICES><CHOICE>Suunniteltu</CHOICE><CHOICE>Käynnissä</CHOICE><CHOICE>Valmis</CHOICE></CHOICES><Default>Suunniteltu</Default></Field>',
    '<Field Type="Number" Name="DtProgress" StaticName="DtProgress" DisplayName="Edistyminen" Min="0" Max="100"/>',
    '<Field Type="Number" Name="DtRoadmapYear" StaticName="DtRoadmapYear" DisplayName="Vuosi" Indexed="TRUE"/>',
    '<Field Type="User" Name="DtOwner" StaticName="DtOwner" DisplayName="Vastuuhenkilö" UserSelectionMode="PeopleOnly" Indexed="TRUE"/>',
    '<Field Type="DateTime" Name="DtApprovedOn" StaticName="DtApprovedOn" DisplayName="Hyväksytty" Format="DateOnly"/>',
    '<Field Type="MultiChoice" Name="DtBeneficiaries" StaticName="DtBeneficiaries" DisplayName="Hyödynsaajat"><CHOICES><CHOICE>Asukkaat</CHOICE><CHOICE>Henkilöstö</CHOICE><CHOICE>Yritykset</CHOICE></CHOICES></Field>',
    '<Field Type="Note" Name="DtDescription" StaticName="DtDescription" DisplayName="Kuvaus"/>'
  ];
  for (const SchemaXml of xml) await list.fields.createFieldAsXml({ SchemaXml, Options: 8 });
}
