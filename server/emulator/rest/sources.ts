import type { Source } from '../odata/project';
import { Coll, Complex, type OutValue } from '../http/shape';
import { FULL_MASK } from '../store/permissions';
import { EmulatorStore, type ItemScope } from '../store/store';
import type {
  FieldRecord, FileRecord, FileVersionRecord, GroupRecord, ListRecord, RoleAssignment, RoleDefinitionRecord, UserRecord, ViewRecord
} from '../store/types';
import { FIELD_TYPE_KIND } from '../store/types';
import { listItemEntityType } from '../store/values';
import type { RestContext } from './context';
import { basePermissions, guidOf } from './node';

const listUri = (l: ListRecord): string => `Web/Lists(${guidOf(l.id)})`;

function resourcePath(url: string): Complex {
  return new Complex('SP.ResourcePath', { DecodedUrl: url });
}

export function webSource(ctx: RestContext): Source {
  const { store } = ctx;
  const w = store.web;
  return {
    type: 'SP.Web', uri: 'Web', set: 'SP.ApiData.Webs', showDeferred: true,
    defaults: () => ({
      AllowRssFeeds: true, AlternateCssUrl: '', AppInstanceId: '00000000-0000-0000-0000-000000000000', ClassicWelcomePage: null,
      Configuration: 0, Created: w.created, CurrentChangeToken: new Complex('SP.ChangeToken', { StringValue: `1;2;${w.webId};${Date.now()};1` }),
      CustomMasterUrl: `${w.serverRelativeUrl}/_catalogs/masterpage/seattle.master`, Description: w.description, DesignPackageId: '00000000-0000-0000-0000-000000000000',
      DocumentLibraryCalloutOfficeWebAppPreviewersDisabled: false, EnableMinimalDownload: false, FooterEmphasis: 0, FooterEnabled: false, FooterLayout: 0,
      HeaderEmphasis: 0, HeaderLayout: 1, HideTitleInHeader: false, HorizontalQuickLaunch: false, Id: w.webId, IsHomepageModernized: false,
      IsMultilingual: true, IsRevertHomepageLinkHidden: false, Language: w.language, LastItemModifiedDate: lastModified(store), LastItemUserModifiedDate: lastModified(store),
      LogoAlignment: 0, MasterUrl: `${w.serverRelativeUrl}/_catalogs/masterpage/seattle.master`, MegaMenuEnabled: false, NavAudienceTargetingEnabled: false,
      NoCrawl: false, ObjectCacheEnabled: false, OverwriteTranslationsOnChange: false, ResourcePath: resourcePath(ctx.siteUrl),
      QuickLaunchEnabled: true, RecycleBinEnabled: true, SearchScope: 0, ServerRelativeUrl: w.serverRelativeUrl, SiteLogoUrl: null,
      SyndicationEnabled: true, TenantAdminMembersCanShare: 0, Title: w.title, TreeViewEnabled: false, UIVersion: 15,
      UIVersionConfigurationEnabled: false, Url: ctx.siteUrl, WebTemplate: 'SITEPAGEPUBLISHING', WelcomePage: 'SitePages/Home.aspx'
    }),
    extra: {
      EffectiveBasePermissions: () => basePermissions(store.effectivePermissions(ctx.actorId)),
      HasUniqueRoleAssignments: () => true,
      AssociatedOwnerGroupId: () => w.associatedOwnerGroupId,
      AssociatedMemberGroupId: () => w.associatedMemberGroupId,
      AssociatedVisitorGroupId: () => w.associatedVisitorGroupId
    },
    navs: {
      // The site is a site collection's root web: it has no parent web (SharePoint answers null).
      ParentWeb: () => null,
      CurrentUser: () => userSource(ctx, ctx.actor),
      Lists: () => store.lists().map((l) => listSource(ctx, l)),
      SiteUsers: () => store.users().map((u) => userSource(ctx, u)),
      SiteGroups: () => store.groups().map((g) => groupSource(ctx, g)),
      RoleDefinitions: () => store.roleDefinitions().map((r) => roleDefSource(r)),
      RoleAssignments: () => store.effectiveRoles().map((ra) => roleAssignmentSource(ctx, undefined, ra)),
      AssociatedOwnerGroup: () => principalGroup(ctx, w.associatedOwnerGroupId),
      AssociatedMemberGroup: () => principalGroup(ctx, w.associatedMemberGroupId),
      AssociatedVisitorGroup: () => principalGroup(ctx, w.associatedVisitorGroupId)
    }
  };
}

function principalGroup(ctx: RestContext, id: number): Source | null {
  const g = ctx.store.groupById(id);
  return g ? groupSource(ctx, g) : null;
}

function lastModified(store: EmulatorStore): string {
  let last = store.web.created;
  for (const l of store.lists()) if (l.lastItemModified > last) last = l.lastItemModified;
  return last;
}

export function listSource(ctx: RestContext, list: ListRecord): Source {
  const { store } = ctx;
  const scope: ItemScope = { list };
  const uri = listUri(list);
  const defaultView = list.views.find((v) => v.defaultView) ?? list.views[0];
  return {
    type: 'SP.List', uri, set: 'SP.ApiData.Lists', etag: EmulatorStore.listEtag(list), showDeferred: true,
    defaults: () => ({
      AllowContentTypes: true, BaseTemplate: list.baseTemplate, BaseType: list.baseTemplate === 101 ? 1 : 0,
      ContentTypesEnabled: list.contentTypesEnabled, CrawlNonDefaultViews: false, Created: list.created,
      CurrentChangeToken: new Complex('SP.ChangeToken', { StringValue: `1;3;${list.id};${Date.now()};1` }),
      DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000', DefaultItemOpenUseListSetting: false,
      Description: list.description, Direction: 'none', DisableCommenting: false, DisableGridEditing: false, DocumentTemplateUrl: null,
      DraftVersionVisibility: 0, EnableAttachments: list.enableAttachments, EnableFolderCreation: list.enableFolderCreation ?? list.baseTemplate === 101,
      EnableMinorVersions: list.enableMinorVersions, EnableModeration: false, EnableRequestSignOff: true, EnableVersioning: list.enableVersioning,
      EntityTypeName: list.baseTemplate === 101 ? list.entityTypeName : `${list.entityTypeName}List`,
      ExemptFromBlockDownloadOfNonViewableFiles: false, FileSavePostProcessingEnabled: false, ForceCheckout: false,
      HasExternalDataSource: false, Hidden: list.hidden, Id: list.id,
      ImagePath: resourcePath(list.baseTemplate === 101 ? '/_layouts/15/images/itdl.png?rev=47' : '/_layouts/15/images/itgen.png?rev=47'),
      ImageUrl: list.baseTemplate === 101 ? '/_layouts/15/images/itdl.png?rev=47' : '/_layouts/15/images/itgen.png?rev=47',
      DefaultSensitivityLabelForLibrary: '', IrmEnabled: false, IrmExpire: false, IrmReject: false, IsApplicationList: false, IsCatalog: false,
      IsPrivate: false, ItemCount: store.itemCount(list), LastItemDeletedDate: list.lastItemDeleted, LastItemModifiedDate: list.lastItemModified,
      LastItemUserModifiedDate: list.lastItemModified, ListExperienceOptions: 0, ListItemEntityTypeFullName: listItemEntityType(list),
      MajorVersionLimit: list.majorVersionLimit, MajorWithMinorVersionsLimit: 0, MultipleDataList: false, NoCrawl: list.noCrawl,
      ParentWebPath: resourcePath(store.web.serverRelativeUrl), ParentWebUrl: store.web.serverRelativeUrl, ParserDisabled: false,
      ReadSecurity: list.readSecurity, ServerTemplateCanCreateFolders: true,
      TemplateFeatureId: list.baseTemplate === 101 ? '00bfea71-e717-4e80-aa17-d0c71b360101' : '00bfea71-de22-43b2-a848-c05709900100',
      Title: localisedTitle(ctx, list), WriteSecurity: list.writeSecurity
    }),
    extra: {
      EffectiveBasePermissions: () => basePermissions(store.effectivePermissions(ctx.actorId, scope)),
      HasUniqueRoleAssignments: () => list.roles !== null,
      DefaultViewUrl: () => `${store.web.serverRelativeUrl}/${list.url}/${defaultView?.fileName ?? 'AllItems.aspx'}`,
      SchemaXml: () => `<List ID="{${list.id}}" Title="${list.title}" Url="${list.url}" BaseType="${list.baseTemplate === 101 ? 1 : 0}" />`
    },
    navs: {
      Fields: () => list.fields.map((f) => fieldSource(ctx, list, f)),
      Views: () => list.views.map((v) => viewSource(ctx, list, v)),
      DefaultView: () => (defaultView ? viewSource(ctx, list, defaultView) : null),
      RootFolder: () => folderSource(ctx, `${store.web.serverRelativeUrl}/${list.url}`, store.itemCount(list)),
      RoleAssignments: () => store.effectiveRoles(scope).map((ra) => roleAssignmentSource(ctx, scope, ra)),
      ParentWeb: () => webSource(ctx)
    }
  };
}

const FIELD_SP_TYPE: Readonly<Partial<Record<FieldRecord['type'], string>>> = {
  Text: 'SP.FieldText', Note: 'SP.FieldMultiLineText', Number: 'SP.FieldNumber', Integer: 'SP.FieldNumber', Currency: 'SP.FieldCurrency',
  Choice: 'SP.FieldChoice', MultiChoice: 'SP.FieldMultiChoice', DateTime: 'SP.FieldDateTime', User: 'SP.FieldUser', Lookup: 'SP.FieldLookup',
  Computed: 'SP.FieldComputed', Guid: 'SP.FieldGuid', URL: 'SP.FieldUrl', Calculated: 'SP.FieldCalculated'
};

export function fieldSource(ctx: RestContext, list: ListRecord | undefined, f: FieldRecord): Source {
  const typeAsString = f.type === 'User' && f.multi ? 'UserMulti' : f.type === 'Lookup' && f.multi ? 'LookupMulti' : f.type;
  const uri = list ? `${listUri(list)}/Fields(${guidOf(f.id)})` : `Web/Fields(${guidOf(f.id)})`;
  return {
    type: FIELD_SP_TYPE[f.type] ?? 'SP.Field', uri, set: 'SP.ApiData.Fields',
    defaults: () => {
      const p: Record<string, OutValue> = {
        AutoIndexed: false, CanBeDeleted: !f.fromBaseType, ClientSideComponentId: '00000000-0000-0000-0000-000000000000',
        ClientSideComponentProperties: null, ClientValidationFormula: null, ClientValidationMessage: null, CustomFormatter: null,
        DefaultFormula: null, DefaultValue: f.defaultValue, Description: f.description, Direction: 'none',
        EnforceUniqueValues: f.enforceUniqueValues, EntityPropertyName: f.internalName.startsWith('_') ? `OData_${f.internalName}` : f.internalName,
        Filterable: true, FromBaseType: f.fromBaseType, Group: f.group, Hidden: f.hidden, Id: f.id, Indexed: f.indexed, IndexStatus: 0,
        InternalName: f.internalName, IsModern: false, JSLink: 'clienttemplates.js', PinnedToFiltersPane: false, ReadOnlyField: f.readOnly,
        Required: f.required, SchemaXml: f.schemaXml, Scope: `${ctx.store.web.serverRelativeUrl}/${list?.url ?? ''}`, Sealed: f.fromBaseType,
        ShowInFiltersPane: 0, Sortable: f.type !== 'Note' && f.type !== 'MultiChoice', StaticName: f.staticName, Title: f.title,
        FieldTypeKind: FIELD_TYPE_KIND[f.type], TypeAsString: typeAsString, TypeDisplayName: typeAsString,
        TypeShortDescription: typeAsString, ValidationFormula: null, ValidationMessage: null
      };
      if (f.type === 'Text') p.MaxLength = f.maxLength ?? 255;
      if (f.type === 'Note') Object.assign(p, { AllowHyperlink: false, AppendOnly: false, IsLongHyperlink: false, NumberOfLines: 6, RestrictedMode: true, RichText: false, UnlimitedLengthInDocumentLibrary: false, WikiLinking: false });
      if (f.type === 'Choice' || f.type === 'MultiChoice') {
        Object.assign(p, { Choices: new Coll('Edm.String', f.choices ?? []), FillInChoice: f.fillInChoice ?? false, Mappings: null });
        if (f.type === 'Choice') p.EditFormat = 0;
      }
      if (f.type === 'Number' || f.type === 'Currency' || f.type === 'Integer') {
        Object.assign(p, { CommaSeparator: true, CustomUnitName: null, CustomUnitOnRight: false, DisplayFormat: f.decimals ?? -1,
          MaximumValue: f.max ?? 1.7976931348623157e308, MinimumValue: f.min ?? -1.7976931348623157e308, ShowAsPercentage: f.percentage ?? false, Unit: 0 });
        if (f.type === 'Currency') p.CurrencyLocaleId = 1035;
      }
      if (f.type === 'DateTime') Object.assign(p, { DateTimeCalendarType: 1, DateFormat: null, DisplayFormat: f.displayFormat === 'DateOnly' ? 0 : 1, FriendlyDisplayFormat: 0, TimeFormat: 0 });
      if (f.type === 'Lookup' || f.type === 'User') {
        Object.assign(p, { AllowMultipleValues: f.multi ?? false, DependentLookupInternalNames: new Coll('Edm.String', []), IsDependentLookup: false,
          IsRelationship: f.type === 'Lookup', LookupField: f.lookupField ?? 'Title', LookupList: f.type === 'User' ? '' : f.lookupList ? `{${f.lookupList}}` : '',
          LookupWebId: ctx.store.web.webId, PrimaryFieldId: null, RelationshipDeleteBehavior: 0, UnlimitedLengthInDocumentLibrary: false });
        if (f.type === 'User') Object.assign(p, { AllowDisplay: true, Presence: true, SelectionGroup: 0, SelectionMode: f.userSelectionMode ?? 0 });
      }
      return p;
    }
  };
}

export function viewSource(ctx: RestContext, list: ListRecord, v: ViewRecord): Source {
  const uri = `${listUri(list)}/Views(${guidOf(v.id)})`;
  const url = `${ctx.store.web.serverRelativeUrl}/${list.url}/${v.fileName}`;
  return {
    type: 'SP.View', uri, set: 'SP.ApiData.Views', showDeferred: true,
    defaults: () => ({
      Aggregations: null, AggregationsStatus: null, AssociatedContentTypeId: null, BaseViewId: '1', CalendarViewStyles: null,
      ColumnWidth: null, ContentTypeId: new Complex('SP.ContentTypeId', { StringValue: '0x' }), CustomFormatter: null, CustomOrder: null,
      DefaultView: v.defaultView, DefaultViewForContentType: false, EditorModified: false, Formats: null, GridLayout: null, Hidden: v.hidden,
      HtmlSchemaXml: viewSchemaXml(v, url), Id: v.id, ImageUrl: '/_layouts/15/images/generic.png?rev=47', IncludeRootFolder: false,
      ViewJoins: null, JSLink: 'clienttemplates.js', ListViewXml: viewSchemaXml(v, url), Method: null, MobileDefaultView: false,
      MobileView: false, ModerationType: null, NewDocumentTemplates: null, OrderedView: false, Paged: v.paged, PersonalView: v.personalView,
      ViewProjectedFields: null, ViewQuery: v.viewQuery, ReadOnlyView: false, RequiresClientIntegration: false, RowLimit: v.rowLimit,
      Scope: 0, ServerRelativePath: resourcePath(url), ServerRelativeUrl: url, StyleId: null, TabularView: false, Threaded: false,
      Title: v.title, Toolbar: '', ToolbarTemplateName: null, ViewType: 'HTML', ViewData: null, VisualizationInfo: null
    }),
    navs: { ViewFields: () => viewFieldsSource(ctx, list, v) }
  };
}

function viewSchemaXml(v: ViewRecord, url: string): string {
  const fields = v.viewFields.map((n) => `<FieldRef Name="${n}" />`).join('');
  return `<View Name="{${v.id.toUpperCase()}}" DefaultView="${v.defaultView ? 'TRUE' : 'FALSE'}" Type="HTML" DisplayName="${v.title}" Url="${url}"><Query>${v.viewQuery}</Query><ViewFields>${fields}</ViewFields><RowLimit Paged="${v.paged ? 'TRUE' : 'FALSE'}">${v.rowLimit}</RowLimit></View>`;
}

export function viewFieldsSource(ctx: RestContext, list: ListRecord, v: ViewRecord): Source {
  return {
    type: 'SP.ViewFieldCollection', uri: `${listUri(list)}/Views(${guidOf(v.id)})/ViewFields`,
    defaults: () => ({
      SchemaXml: `<FieldRefs>${v.viewFields.map((n) => `<FieldRef Name="${n}" />`).join('')}</FieldRefs>`,
      Items: new Coll('Edm.String', v.viewFields)
    })
  };
}

export function userSource(ctx: RestContext, u: UserRecord): Source {
  return {
    type: 'SP.User', uri: `Web/GetUserById(${u.id})`, set: 'SP.ApiData.Users',
    defaults: () => ({
      Id: u.id, IsHiddenInUI: false, LoginName: u.loginName, Title: u.title, PrincipalType: u.principalType, Email: u.email,
      Expiration: '', IsEmailAuthenticationGuestUser: false, IsShareByEmailGuestUser: false, IsSiteAdmin: u.isSiteAdmin,
      UserId: u.principalType === 1 ? new Complex('SP.UserIdInfo', { NameId: userNameId(u.id), NameIdIssuer: 'urn:federation:microsoftonline' }) : null,
      UserPrincipalName: u.principalType === 1 ? u.email : null
    }),
    navs: {
      Groups: () => ctx.store.groupsOf(u.id).map((g) => groupSource(ctx, g))
    }
  };
}

function userNameId(id: number): string {
  return (0x10032000000000n + BigInt(id)).toString(16);
}

export function groupSource(ctx: RestContext, g: GroupRecord): Source {
  return {
    type: 'SP.Group', uri: `Web/SiteGroups/GetById(${g.id})`, set: 'SP.ApiData.Groups',
    defaults: () => ({
      Id: g.id, IsHiddenInUI: false, LoginName: g.title, Title: g.title, PrincipalType: 8, AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false, AutoAcceptRequestToJoinLeave: false, Description: g.description,
      OnlyAllowMembersViewMembership: g.onlyAllowMembersViewMembership, OwnerTitle: g.ownerTitle, RequestToJoinLeaveEmailSetting: null
    }),
    navs: {
      Users: () => g.memberIds.map((id) => ctx.store.userById(id)).filter((u): u is UserRecord => !!u).map((u) => userSource(ctx, u))
    }
  };
}

export function roleDefSource(r: RoleDefinitionRecord): Source {
  return {
    type: 'SP.RoleDefinition', uri: `Web/RoleDefinitions(${r.id})`, set: 'SP.ApiData.RoleDefinitions',
    defaults: () => ({
      BasePermissions: basePermissions(r.basePermissions), Description: r.description, Hidden: r.hidden, Id: r.id,
      Name: r.name, Order: r.order, RoleTypeKind: r.roleTypeKind
    })
  };
}

export function roleAssignmentSource(ctx: RestContext, scope: ItemScope | undefined, ra: RoleAssignment): Source {
  const base = !scope ? 'Web' : scope.item ? `${listUri(scope.list)}/Items(${scope.item.id})` : listUri(scope.list);
  return {
    type: 'SP.RoleAssignment', uri: `${base}/RoleAssignments/GetByPrincipalId(${ra.principalId})`, set: 'SP.ApiData.RoleAssignments',
    defaults: () => ({ PrincipalId: ra.principalId }),
    navs: {
      Member: () => {
        const u = ctx.store.userById(ra.principalId);
        if (u) return userSource(ctx, u);
        const g = ctx.store.groupById(ra.principalId);
        return g ? groupSource(ctx, g) : null;
      },
      RoleDefinitionBindings: () => ra.roleDefIds.map((id) => ctx.store.roleDefinitionById(id)).filter((r): r is RoleDefinitionRecord => !!r).map(roleDefSource)
    }
  };
}

export interface FolderFacts {
  readonly uniqueId?: string;
  readonly created?: string;
  readonly modified?: string;
  /** Navigation properties (`ListItemAllFields`, `Folders`) for `$expand`. */
  readonly navs?: Source['navs'];
}

export function folderSource(ctx: RestContext, serverRelativeUrl: string, itemCount: number, facts: FolderFacts = {}): Source {
  const name = serverRelativeUrl.split('/').pop() ?? '';
  return {
    type: 'SP.Folder', uri: `Web/GetFolderByServerRelativePath(decodedurl='${serverRelativeUrl.replace(/'/g, "''")}')`, set: 'SP.ApiData.Folders',
    showDeferred: true,
    defaults: () => ({
      Exists: true, ExistsAllowThrowForPolicyFailures: true, ExistsWithException: true, IsWOPIEnabled: false, ItemCount: itemCount,
      Name: name, ProgID: null, ServerRelativeUrl: serverRelativeUrl, TimeCreated: facts.created ?? ctx.store.web.created,
      TimeLastModified: facts.modified ?? ctx.store.web.created, UniqueId: facts.uniqueId ?? '3f1c2b4a-9e8d-4c7b-a6f5-e4d3c2b1a091', WelcomePage: ''
    }),
    extra: {
      ServerRelativePath: () => resourcePath(serverRelativeUrl)
    },
    ...(facts.navs ? { navs: facts.navs } : {})
  };
}

export function fileSource(ctx: RestContext, f: FileRecord): Source {
  const user = (id: number): Source | null => {
    const u = ctx.store.userById(id);
    return u ? userSource(ctx, u) : null;
  };
  return {
    type: 'SP.File', uri: `Web/GetFileByServerRelativePath(decodedurl='${f.serverRelativeUrl.replace(/'/g, "''")}')`, set: 'SP.ApiData.Files',
    etag: EmulatorStore.fileEtag(f),
    defaults: () => ({
      // CheckOutType 0 = online check-out, 2 = none; Level 255 = checked out, 1 = published.
      CheckInComment: f.checkInComment, CheckOutType: f.checkedOutById === undefined ? 2 : 0, ContentTag: `{${f.uniqueId.toUpperCase()}},${f.etagVersion},${f.version}`,
      CustomizedPageStatus: 0, ETag: EmulatorStore.fileEtag(f), Exists: true, ExistsAllowThrowForPolicyFailures: true,
      ExistsWithException: true, IrmEnabled: false, Length: String(f.size), LinkingUri: null,
      Level: f.checkedOutById === undefined ? 1 : 255,
      LinkingUrl: '', MajorVersion: f.version, MinorVersion: 0, Name: f.name, ServerRelativeUrl: f.serverRelativeUrl,
      TimeCreated: f.timeCreated, TimeLastModified: f.timeLastModified, Title: null, UIVersion: f.version * 512,
      UIVersionLabel: `${f.version}.0`, UniqueId: f.uniqueId
    }),
    extra: {
      ServerRelativePath: () => resourcePath(f.serverRelativeUrl)
    },
    navs: {
      Author: () => user(f.authorId),
      CheckedOutByUser: () => (f.checkedOutById === undefined ? null : user(f.checkedOutById)),
      ModifiedBy: () => user(f.modifiedById),
      Versions: () => f.history.map((v) => fileVersionSource(ctx, f, v))
    }
  };
}

export function fileVersionSource(ctx: RestContext, f: FileRecord, v: FileVersionRecord): Source {
  const id = v.version * 512;
  const leaf = ctx.store.siteRelative(f.serverRelativeUrl);
  return {
    type: 'SP.FileVersion', uri: `Web/GetFileByServerRelativePath(decodedurl='${f.serverRelativeUrl.replace(/'/g, "''")}')/Versions(${id})`,
    set: 'SP.ApiData.FileVersions',
    defaults: () => ({
      CheckInComment: v.checkInComment, Created: v.created, ID: id, IsCurrentVersion: false, Length: String(v.size), Size: v.size,
      Url: `_vti_history/${id}/${leaf}`, VersionLabel: `${v.version}.0`
    }),
    navs: {
      CreatedBy: () => {
        const u = ctx.store.userById(v.createdById);
        return u ? userSource(ctx, u) : null;
      }
    }
  };
}

export function permissionsOf(ctx: RestContext, userId: number, scope?: ItemScope): Complex {
  return basePermissions(userId < 0 ? FULL_MASK : ctx.store.effectivePermissions(userId, scope));
}

/** The UI culture a request asks for (first `Accept-Language` tag), lower case. */
export function requestCulture(ctx: RestContext): string | undefined {
  const tag = ctx.header('accept-language')?.split(',')[0]?.split(';')[0]?.trim().toLowerCase();
  return tag || undefined;
}

/** The list's title in the caller's UI language, as SharePoint answers on a multilingual site. */
export function localisedTitle(ctx: RestContext, list: ListRecord): string {
  const culture = requestCulture(ctx);
  return (culture && list.titleResources?.[culture]) || list.title;
}
