import type { Segment } from '../odata/segments';
import { groupNotFound, invalidQuery, SpError, userNotFound } from '../store/errors';
import { emailFromLogin, type ItemScope } from '../store/store';
import type { GroupRecord, UserRecord } from '../store/types';
import { str } from './context';
import type { RestContext } from './context';
import { basePermissions, collectionReply, entityReply, json, propertyNode, voidReply, type Node } from './node';
import { groupSource, roleAssignmentSource, roleDefSource, userSource } from './sources';

const argNumber = (seg: Segment, name: string, index = 0): number | undefined => {
  const v = seg.named[name] ?? seg.args[index];
  return typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
};
const argBool = (seg: Segment, name: string, index: number): boolean => {
  const v = seg.named[name] ?? seg.args[index];
  return v === true || v === 'true';
};

/**
 * The children every securable object has (web, list, item): role assignments, breaking and resetting
 * inheritance, effective permissions for the caller or for another user.
 */
export function securableChildren(ctx: RestContext, scope: ItemScope | undefined, seg: Segment): Node | undefined {
  const { store } = ctx;
  const manage = (): void => store.demand(ctx.actorId, 'ManagePermissions', scope);
  switch (seg.name) {
    case 'effectivebasepermissions':
      return { get: () => json(200, ctx.shaper.property('EffectiveBasePermissions', basePermissions(store.effectivePermissions(ctx.actorId, scope)), 'SP.BasePermissions')) };
    case 'getusereffectivepermissions': {
      return {
        get: () => {
          const login = str(seg.args[0] ?? seg.named.username ?? seg.named.user);
          if (!login) throw invalidQuery('getUserEffectivePermissions needs a user login name.');
          store.demand(ctx.actorId, 'EnumeratePermissions', scope);
          const user = store.userByLogin(login) ?? store.ensureUser(login);
          return json(200, ctx.shaper.property('GetUserEffectivePermissions', basePermissions(store.effectivePermissions(user.id, scope)), 'SP.BasePermissions'));
        }
      };
    }
    case 'breakroleinheritance':
      return {
        post: () => {
          manage();
          store.breakRoleInheritance(scope, argBool(seg, 'copyroleassignments', 0), argBool(seg, 'clearsubscopes', 1));
          return voidReply(ctx, 'BreakRoleInheritance');
        }
      };
    case 'resetroleinheritance':
      return {
        post: () => {
          manage();
          store.resetRoleInheritance(scope);
          return voidReply(ctx, 'ResetRoleInheritance');
        }
      };
    case 'hasuniqueroleassignments':
      return { get: () => json(200, ctx.shaper.property('HasUniqueRoleAssignments', store.hasUniqueRoles(scope), 'Edm.Boolean')) };
    case 'roleassignments':
      return roleAssignmentsNode(ctx, scope, seg);
    default:
      return undefined;
  }
}

function roleAssignmentsNode(ctx: RestContext, scope: ItemScope | undefined, seg: Segment): Node {
  const { store } = ctx;
  const one = (principalId: number): Node => ({
    get: () => {
      const ra = store.effectiveRoles(scope).find((r) => r.principalId === principalId);
      if (!ra) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + principalId + '.');
      return entityReply(ctx, roleAssignmentSource(ctx, scope, ra));
    },
    delete: () => {
      store.demand(ctx.actorId, 'ManagePermissions', scope);
      store.removeRoleAssignment(scope, principalId);
      return { status: 200 };
    }
  });
  if (seg.call && seg.args.length) return one(Number(seg.args[0]));
  return {
    get: () => {
      store.demand(ctx.actorId, 'EnumeratePermissions', scope);
      return collectionReply(ctx, store.effectiveRoles(scope).map((ra) => roleAssignmentSource(ctx, scope, ra)), 'SP.ApiData.RoleAssignments');
    },
    child: (s) => {
      switch (s.name) {
        case 'addroleassignment':
          return {
            post: () => {
              store.demand(ctx.actorId, 'ManagePermissions', scope);
              const principalId = argNumber(s, 'principalid', 0);
              const roleDefId = argNumber(s, 'roledefid', 1);
              if (principalId === undefined || roleDefId === undefined) throw invalidQuery('addroleassignment needs principalid and roledefid.');
              store.addRoleAssignment(scope, principalId, roleDefId);
              return voidReply(ctx, 'AddRoleAssignment');
            }
          };
        case 'removeroleassignment':
          return {
            post: () => {
              store.demand(ctx.actorId, 'ManagePermissions', scope);
              const principalId = argNumber(s, 'principalid', 0);
              if (principalId === undefined) throw invalidQuery('removeroleassignment needs principalid.');
              store.removeRoleAssignment(scope, principalId, argNumber(s, 'roledefid', 1));
              return voidReply(ctx, 'RemoveRoleAssignment');
            }
          };
        case 'getbyprincipalid':
          return one(Number(s.args[0]));
        default:
          return undefined;
      }
    }
  };
}

export function roleDefinitionsNode(ctx: RestContext): Node {
  const { store } = ctx;
  const found = (find: () => ReturnType<typeof store.roleDefinitionById>) => {
    const r = find();
    if (!r) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The role definition cannot be found.');
    return r;
  };
  const one = (find: () => ReturnType<typeof store.roleDefinitionById>): Node => ({
    get: () => entityReply(ctx, roleDefSource(found(find))),
    child: (s) => propertyNode(ctx, roleDefSource(found(find)), s)
  });
  return {
    get: () => collectionReply(ctx, store.roleDefinitions().map(roleDefSource), 'SP.ApiData.RoleDefinitions'),
    child: (s) => {
      if (s.name === 'roledefinitions' || s.name === '') return undefined;
      if (s.name === 'getbyname') return one(() => store.roleDefinitions().find((r) => r.name.toLowerCase() === String(s.args[0] ?? '').toLowerCase()));
      if (s.name === 'getbytype') return one(() => store.roleDefinitions().find((r) => r.roleTypeKind === Number(s.args[0])));
      if (s.name === 'getbyid') return one(() => store.roleDefinitionById(Number(s.args[0])));
      return undefined;
    }
  };
}

export function roleDefinitionByIdNode(ctx: RestContext, id: number): Node {
  const found = () => {
    const r = ctx.store.roleDefinitionById(id);
    if (!r) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The role definition cannot be found.');
    return r;
  };
  return { get: () => entityReply(ctx, roleDefSource(found())), child: (s) => propertyNode(ctx, roleDefSource(found()), s) };
}

function userNode(ctx: RestContext, find: () => UserRecord | undefined, group?: GroupRecord): Node {
  const { store } = ctx;
  const user = (): UserRecord => {
    const u = find();
    if (!u) throw userNotFound();
    return u;
  };
  return {
    get: () => entityReply(ctx, userSource(ctx, user())),
    merge: () => {
      store.demand(ctx.actorId, 'ManagePermissions');
      const b = ctx.json();
      store.updateUser(user(), { title: str(b.Title), email: str(b.Email), isSiteAdmin: typeof b.IsSiteAdmin === 'boolean' ? b.IsSiteAdmin : undefined });
      return { status: 204 };
    },
    delete: () => {
      store.demand(ctx.actorId, 'ManagePermissions');
      if (group) store.removeGroupMember(group, user().id);
      else store.deleteUser(user().id);
      return { status: 200 };
    },
    child: (s) => (s.name === 'groups' ? { get: () => collectionReply(ctx, store.groupsOf(user().id).map((g) => groupSource(ctx, g)), 'SP.ApiData.Groups') } : propertyNode(ctx, userSource(ctx, user()), s))
  };
}

/** `siteusers` (or a group's `users` when `group` is given). */
export function usersNode(ctx: RestContext, group?: () => GroupRecord): Node {
  const { store } = ctx;
  const members = (): UserRecord[] => {
    if (!group) return store.users();
    const g = group();
    return g.memberIds.map((id) => store.userById(id)).filter((u): u is UserRecord => !!u);
  };
  const within = (u: UserRecord | undefined): UserRecord | undefined => (u && members().some((m) => m.id === u.id) ? u : undefined);
  const login = (s: Segment): string => String(s.args[0] ?? s.named.loginname ?? s.named.v ?? '');
  return {
    get: () => {
      store.demand(ctx.actorId, 'BrowseUserInfo');
      // "Who can view the membership of the group: group members" hides it from everyone else.
      const g = group?.();
      if (g && g.onlyAllowMembersViewMembership && !g.memberIds.includes(ctx.actorId)) store.demand(ctx.actorId, 'ManagePermissions');
      return collectionReply(ctx, members().map((u) => userSource(ctx, u)), 'SP.ApiData.Users');
    },
    post: () => {
      const b = ctx.json();
      const loginName = str(b.LoginName);
      if (!loginName) throw invalidQuery('LoginName is required.');
      if (group) {
        const g = group();
        store.demand(ctx.actorId, 'ManagePermissions');
        const u = store.ensureUser(loginName);
        store.addGroupMember(g, u);
        return entityReply(ctx, userSource(ctx, u), 201);
      }
      store.demand(ctx.actorId, 'ManagePermissions');
      return entityReply(ctx, userSource(ctx, store.ensureUser(loginName)), 201);
    },
    child: (s) => {
      switch (s.name) {
        case 'getbyid':
          return userNode(ctx, () => within(store.userById(Number(s.args[0]))), group?.());
        case 'getbyemail':
          return userNode(ctx, () => within(store.userByEmail(String(s.args[0] ?? ''))), group?.());
        case 'getbyloginname':
          return userNode(ctx, () => within(store.userByLogin(login(s))), group?.());
        case 'users':
          return s.call && s.args.length ? userNode(ctx, () => within(store.userByLogin(String(s.args[0]))), group?.()) : undefined;
        case 'removebyid':
          return {
            post: () => {
              store.demand(ctx.actorId, 'ManagePermissions');
              if (group) store.removeGroupMember(group(), Number(s.args[0]));
              else store.deleteUser(Number(s.args[0]));
              return voidReply(ctx, 'RemoveById');
            }
          };
        case 'removebyloginname':
          return {
            post: () => {
              store.demand(ctx.actorId, 'ManagePermissions');
              const u = store.userByLogin(login(s)) ?? store.userByEmail(emailFromLogin(login(s)));
              if (u) {
                if (group) store.removeGroupMember(group(), u.id);
                else store.deleteUser(u.id);
              }
              return voidReply(ctx, 'RemoveByLoginName');
            }
          };
        default:
          return undefined;
      }
    }
  };
}

/** A single group: `sitegroups(n)`, `getById(n)`, `getByName('x')`. */
export function groupNode(ctx: RestContext, find: () => GroupRecord | undefined): Node {
  const { store } = ctx;
  const group = (): GroupRecord => {
    const g = find();
    if (!g) throw groupNotFound();
    return g;
  };
  return {
    get: () => entityReply(ctx, groupSource(ctx, group())),
    merge: () => {
      store.demand(ctx.actorId, 'ManagePermissions');
      const b = ctx.json();
      store.updateGroup(group(), { title: str(b.Title), description: str(b.Description),
        onlyAllowMembersViewMembership: typeof b.OnlyAllowMembersViewMembership === 'boolean' ? b.OnlyAllowMembersViewMembership : undefined });
      return { status: 204 };
    },
    delete: () => {
      store.demand(ctx.actorId, 'ManagePermissions');
      store.deleteGroup(group().id);
      return { status: 200 };
    },
    child: (s) => (s.name === 'users' ? (s.call && s.args.length ? usersNode(ctx, group).child!({ ...s, name: 'getbyloginname' }) : usersNode(ctx, group)) : propertyNode(ctx, groupSource(ctx, group()), s))
  };
}

export function siteGroupsNode(ctx: RestContext): Node {
  const { store } = ctx;
  return {
    get: () => {
      store.demand(ctx.actorId, 'BrowseUserInfo');
      return collectionReply(ctx, store.groups().map((g) => groupSource(ctx, g)), 'SP.ApiData.Groups');
    },
    post: () => {
      store.demand(ctx.actorId, 'CreateGroups');
      const b = ctx.json();
      const title = str(b.Title);
      if (!title) throw invalidQuery('Title is required.');
      const g = store.addGroup({ title, description: str(b.Description),
        onlyAllowMembersViewMembership: typeof b.OnlyAllowMembersViewMembership === 'boolean' ? b.OnlyAllowMembersViewMembership : undefined });
      return entityReply(ctx, groupSource(ctx, g), 201);
    },
    child: (s) => {
      switch (s.name) {
        case 'getbyid': return groupNode(ctx, () => store.groupById(Number(s.args[0])));
        case 'getbyname': return groupNode(ctx, () => store.groupByName(String(s.args[0] ?? '')));
        case 'removebyid':
          return { post: () => { store.demand(ctx.actorId, 'ManagePermissions'); store.deleteGroup(Number(s.args[0])); return voidReply(ctx, 'RemoveById'); } };
        case 'removebyloginname':
          return { post: () => { store.demand(ctx.actorId, 'ManagePermissions'); const g = store.groupByName(String(s.args[0] ?? '')); if (g) store.deleteGroup(g.id); return voidReply(ctx, 'RemoveByLoginName'); } };
        default: return undefined;
      }
    }
  };
}

