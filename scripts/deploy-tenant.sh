#!/usr/bin/env bash
# Deploys (or updates) Digitiekartta in a Microsoft 365 tenant with CLI for Microsoft 365 (`m365`).
# The walkthrough, the permissions and what each step does: docs/deploy.md.
#
#   SITE_URL=https://porvoo.sharepoint.com/sites/Digiohjelma2024 ./scripts/deploy-tenant.sh            # every step
#   SITE_URL=... ./scripts/deploy-tenant.sh provision groups                                          # some steps
#   DRY_RUN=1 SITE_URL=... ./scripts/deploy-tenant.sh                                                 # print, run nothing
#
# Steps, in order: login build catalog site install api provision groups seed rights teams reminders
#
# Parameters (environment). Nothing secret is read or written: sign-in is interactive (device code), the
# reminder job authenticates with its managed identity or a certificate that never passes through here.
#   SITE_URL            required: the programme site (a site collection URL)
#   TENANT              tenant id or domain for `m365 login` (else CLIMICROSOFT365_TENANT)
#   CLI_APP_ID          the CLI's own Entra app registration (`m365 setup` creates one; else CLIMICROSOFT365_ENTRAAPPID)
#   SITE_TITLE          create the site if it does not exist (a Microsoft 365 group-connected team site); e.g. "Digiohjelma 2024"
#   STEERING_MEMBERS    comma-separated UPNs for the steering group (Digijohtoryhmä)
#   OWNERS              comma-separated UPNs of action owners (vastuuhenkilöt)
#   READERS             comma-separated UPNs of readers; READERS_ENTRA_GROUP: an Entra group name for all staff
#   TEAMIFY             yes: create the steering team on the site's Microsoft 365 group if it has none
#   REMINDER_APP_ID     client id the reminder job signs in with (managed identity or app registration)
#   REMINDER_APP_NAME   its display name (default "Digitiekartta reminders")
#   CREATE_REMINDER_APP yes: create that app registration (with REMINDER_CERT_FILE = the certificate's public .cer)
#   TEAMS_NOTIFICATIONS yes: grant TeamsActivity.Send to the reminder job and install the Teams app for OWNERS
#   SEED_SAMPLE         yes: load the sample roadmap (refused unless the site URL says test/demo/dev)
#   AUTH                --auth for `tiekartta provision/seed` (default azure-cli: run `az login` first)
#   SKIP_BUILD          yes: use the existing sharepoint/solution/digitiekartta.sppkg
#   DRY_RUN             1: print the commands instead of running them
set -euo pipefail

cd "$(dirname "$0")/.."

: "${SITE_URL:?set SITE_URL to the programme site, e.g. https://porvoo.sharepoint.com/sites/Digiohjelma2024}"
SITE_URL=${SITE_URL%/}
TENANT=${TENANT:-}
CLI_APP_ID=${CLI_APP_ID:-}
SITE_TITLE=${SITE_TITLE:-}
STEERING_MEMBERS=${STEERING_MEMBERS:-}
OWNERS=${OWNERS:-}
READERS=${READERS:-}
READERS_ENTRA_GROUP=${READERS_ENTRA_GROUP:-}
TEAMIFY=${TEAMIFY:-no}
REMINDER_APP_ID=${REMINDER_APP_ID:-}
REMINDER_APP_NAME=${REMINDER_APP_NAME:-Digitiekartta reminders}
CREATE_REMINDER_APP=${CREATE_REMINDER_APP:-no}
REMINDER_CERT_FILE=${REMINDER_CERT_FILE:-}
TEAMS_NOTIFICATIONS=${TEAMS_NOTIFICATIONS:-no}
SEED_SAMPLE=${SEED_SAMPLE:-no}
AUTH=${AUTH:-azure-cli}
SKIP_BUILD=${SKIP_BUILD:-no}
DRY_RUN=${DRY_RUN:-}

SPPKG=sharepoint/solution/digitiekartta.sppkg
TEAMS_ZIP=sharepoint/solution/digitiekartta-teams.zip
# The Teams app id in teams/manifest.json (its externalId in the org catalog).
TEAMS_MANIFEST_ID=$(node -p "require('./teams/manifest.json').id")
# The three SharePoint groups `tiekartta provision` creates (src/core/schema/security.ts).
GROUP_STEERING='Digijohtoryhmä – Digiledningsgruppen'
GROUP_OWNERS='Digitiekartan vastuuhenkilöt – Vägkartans ansvarspersoner'
GROUP_READERS='Digitiekartan lukijat – Vägkartans läsare'
# Delegated Graph scopes the web parts request (config/package-solution.json webApiPermissionRequests).
DELEGATED_SCOPES=$(node -p "require('./config/package-solution.json').solution.webApiPermissionRequests.filter(r => r.resource === 'Microsoft Graph').map(r => r.scope).join(' ')")
# SPFx's delegated Graph calls are made by this (tenant-specific) app; Sites.Selected needs it named on the site.
SPFX_PRINCIPAL='SharePoint Online Client Extensibility Web Application Principal'
# Application permissions of the reminder job (Mail.Send is NOT here: Exchange RBAC for Applications scopes it to one mailbox).
REMINDER_SCOPES='Sites.Selected,User.Read.All,GroupMember.Read.All'
REMINDER_APIS='https://graph.microsoft.com/Sites.Selected,https://graph.microsoft.com/User.Read.All,https://graph.microsoft.com/GroupMember.Read.All'
# ReminderLog is written through SharePoint REST (batches of 100): SharePoint's own Sites.Selected, the same
# site grant. REMINDERS_LOG_STORE=graph (also the function's setting) keeps the log on Graph and needs none.
REMINDERS_LOG_STORE=${REMINDERS_LOG_STORE:-sharepoint}
REMINDER_SHAREPOINT_APIS='https://microsoft.sharepoint-online.com/Sites.Selected'

say() { printf '\n== %s\n' "$*"; }
run() {
  # The trace goes to stderr, like query()'s, so that a dry run lists every command in order.
  if [ -n "$DRY_RUN" ]; then printf '+' >&2; printf ' %q' "$@" >&2; printf '\n' >&2; else "$@"; fi
}
# Runs a read-only query and prints its output; in a dry run prints the given stand-in instead.
query() {
  local standin=$1; shift
  if [ -n "$DRY_RUN" ]; then printf '+' >&2; printf ' %q' "$@" >&2; printf '\n' >&2; printf '%s\n' "$standin"; else "$@"; fi
}
# `m365 … --output json | json 'expression over x'` – a field of the JSON result, without jq.
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const x=s.trim()?JSON.parse(s):null;const v=eval(process.argv[1]);if(Array.isArray(v))v.forEach(i=>console.log(i));else if(v!==undefined&&v!==null)console.log(v);});' "$1"; }
site_path() { node -p "new URL(process.argv[1]).pathname" "$SITE_URL"; }

step_login() {
  say "Sign in to Microsoft 365 (device code)"
  if [ -z "$DRY_RUN" ] && m365 status --output text 2>/dev/null | grep -qiv 'logged out'; then
    echo "Already signed in: $(m365 status --output text | head -1)"
    return
  fi
  run m365 login --authType deviceCode ${CLI_APP_ID:+--appId "$CLI_APP_ID"} ${TENANT:+--tenant "$TENANT"}
}

step_build() {
  if [ "$SKIP_BUILD" = yes ]; then say "Using the existing $SPPKG"; return; fi
  say "Build the SharePoint package"
  run npm run build
}

APP_ID=
step_catalog() {
  say "Add the package to the tenant app catalog and deploy it to all sites (skipFeatureDeployment)"
  APP_ID=$(query '<app-catalog-id>' m365 spo app add --filePath "$SPPKG" --appCatalogScope tenant --overwrite --output text)
  run m365 spo app deploy --id "$APP_ID" --appCatalogScope tenant --skipFeatureDeployment
}

app_id() {
  if [ -z "$APP_ID" ]; then
    APP_ID=$(query '{"ID":"<app-catalog-id>"}' m365 spo app get --name digitiekartta.sppkg --appCatalogScope tenant --output json | json 'x && x.ID')
  fi
  printf '%s' "$APP_ID"
}

step_site() {
  say "The programme site: $SITE_URL"
  if query '{"Url":"'"$SITE_URL"'"}' m365 spo site get --url "$SITE_URL" --output json >/dev/null 2>&1; then
    echo "The site exists."
    return
  fi
  if [ -z "$SITE_TITLE" ]; then
    echo "The site $SITE_URL does not exist. Set SITE_TITLE to create it as a group-connected team site." >&2
    exit 1
  fi
  local alias; alias=$(basename "$(site_path)")
  run m365 spo site add --type TeamSite --title "$SITE_TITLE" --alias "$alias" --lcid 1035
}

step_install() {
  say "Install the app on the programme site (or upgrade it to the version in the catalog)"
  local id; id=$(app_id)
  local installed; installed=$(query '[]' m365 spo app instance list --siteUrl "$SITE_URL" --output json | json 'x ? x.filter(a => a.Title === "Digitiekartta").length : 0')
  if [ "$installed" = "0" ]; then
    run m365 spo app install --id "$id" --siteUrl "$SITE_URL"
  else
    run m365 spo app upgrade --id "$id" --siteUrl "$SITE_URL"
  fi
}

step_api() {
  say "Approve the web parts' delegated Microsoft Graph permissions: $DELEGATED_SCOPES"
  local pending
  pending=$(query '[{"Id":"<request-id>","Resource":"Microsoft Graph","Scope":"Mail.Send"}]' m365 spo serviceprincipal permissionrequest list --output json \
    | json "(x || []).filter(r => r.Resource === 'Microsoft Graph' && '$DELEGATED_SCOPES'.split(' ').includes(r.Scope)).map(r => r.Id)")
  for id in $pending; do run m365 spo serviceprincipal permissionrequest approve --id "$id"; done
  say "Sites.Selected (delegated): name the SPFx principal on the programme site (write; users still need their own rights)"
  local spfx; spfx=$(query '{"appId":"<spfx-principal-app-id>"}' m365 entra enterpriseapp get --displayName "$SPFX_PRINCIPAL" --output json | json 'x && x.appId')
  local granted; granted=$(query '[]' m365 spo site apppermission list --siteUrl "$SITE_URL" --appId "$spfx" --output json | json 'x ? x.length : 0')
  if [ "$granted" = "0" ]; then
    run m365 spo site apppermission add --siteUrl "$SITE_URL" --permission write --appId "$spfx" --appDisplayName "$SPFX_PRINCIPAL"
  fi
}

step_provision() {
  say "Provision lists, fields, views, groups and permissions (idempotent; upgrades an older schema in place)"
  run npx tiekartta provision --site "$SITE_URL" --auth "$AUTH"
}

add_members() {
  local group=$1 users=$2
  [ -n "$users" ] && run m365 spo group member add --webUrl "$SITE_URL" --groupName "$group" --userNames "$users"
  return 0
}

step_groups() {
  say "Members of the three SharePoint groups"
  add_members "$GROUP_STEERING" "$STEERING_MEMBERS"
  add_members "$GROUP_OWNERS" "$OWNERS"
  add_members "$GROUP_READERS" "$READERS"
  if [ -n "$READERS_ENTRA_GROUP" ]; then
    run m365 spo group member add --webUrl "$SITE_URL" --groupName "$GROUP_READERS" --entraGroupNames "$READERS_ENTRA_GROUP"
  fi
}

step_seed() {
  [ "$SEED_SAMPLE" = yes ] || return 0
  case "$(printf '%s' "$SITE_URL" | tr '[:upper:]' '[:lower:]')" in
    *test*|*demo*|*dev*) ;;
    *) echo "Refusing to load sample data into $SITE_URL: the sample is for test sites (their URL says test, demo or dev)." >&2; exit 1 ;;
  esac
  say "Sample data (test site only)"
  run npx tiekartta seed --site "$SITE_URL" --auth "$AUTH"
}

step_rights() {
  say "Item-level rights that follow the data: owners edit their actions, triaged ideas are read-only"
  echo "  (run this step again after owners change, or schedule: ./scripts/deploy-tenant.sh rights)"
  run npx tiekartta rights --site "$SITE_URL" --auth "$AUTH"
}

step_teams() {
  say "The Teams app: steering tab (channels), Roadmap (personal app), activity notifications"
  local args=(--site "$SITE_URL" --out "$TEAMS_ZIP")
  [ -n "$REMINDER_APP_ID" ] && args+=(--reminder-app-id "$REMINDER_APP_ID")
  run npx tiekartta teams-manifest "${args[@]}"
  local catalog_id
  catalog_id=$(query '[]' m365 teams app list --distributionMethod organization --output json | json "(x || []).filter(a => a.externalId === '$TEAMS_MANIFEST_ID').map(a => a.id)[0]")
  if [ -z "$catalog_id" ]; then
    catalog_id=$(query '{"id":"<teams-catalog-id>"}' m365 teams app publish --filePath "$TEAMS_ZIP" --output json | json 'x && x.id')
  else
    run m365 teams app update --id "$catalog_id" --filePath "$TEAMS_ZIP"
  fi
  echo "Teams catalog id: $catalog_id   (REMINDERS_TEAMS_APP_ID; REMINDERS_TEAMS_ENTITY_ID=roadmap)"

  local group_id; group_id=$(query '{"GroupId":"<group-id>"}' m365 spo site get --url "$SITE_URL" --output json | json 'x && x.GroupId')
  if [ -z "$group_id" ] || [ "$group_id" = "00000000-0000-0000-0000-000000000000" ]; then
    echo "The site has no Microsoft 365 group: the steering tab needs the steering team to be this site's team (docs/deploy.md)." >&2
    return 0
  fi
  if [ "$TEAMIFY" = yes ]; then
    local has_team; has_team=$(query 'null' m365 teams team get --id "$group_id" --output json 2>/dev/null | json 'x ? "yes" : "no"' || echo no)
    [ "$has_team" = yes ] || run m365 entra m365group teamify --id "$group_id"
  fi
  run m365 teams app install --id "$catalog_id" --teamId "$group_id"
  echo "Add the steering tab by hand: in the team's channel, + > Digitiekartta > Save (the tab's settings open in the SharePoint property pane)."
  if [ "$TEAMS_NOTIFICATIONS" = yes ] && [ -n "$OWNERS" ]; then
    # Activity notifications reach only people who have the app: owners outside the team get it personally.
    IFS=',' read -r -a owners <<<"$OWNERS"
    for owner in "${owners[@]}"; do run m365 teams user app add --id "$catalog_id" --userName "$owner"; done
  fi
}

step_reminders() {
  say "The reminder job's identity (details: docs/reminders.md)"
  if [ "$CREATE_REMINDER_APP" = yes ] && [ -z "$REMINDER_APP_ID" ]; then
    : "${REMINDER_CERT_FILE:?set REMINDER_CERT_FILE to the public certificate (.cer) of the reminder app}"
    local apis=$REMINDER_APIS
    [ "$REMINDERS_LOG_STORE" = graph ] || apis="$apis,$REMINDER_SHAREPOINT_APIS"
    [ "$TEAMS_NOTIFICATIONS" = yes ] && apis="$apis,https://graph.microsoft.com/TeamsActivity.Send"
    REMINDER_APP_ID=$(query '{"appId":"<reminder-app-id>"}' m365 entra app add --name "$REMINDER_APP_NAME" --apisApplication "$apis" \
      --certificateFile "$REMINDER_CERT_FILE" --certificateDisplayName "$REMINDER_APP_NAME" --grantAdminConsent --output json | json 'x && x.appId')
  elif [ -n "$REMINDER_APP_ID" ]; then
    local scopes=$REMINDER_SCOPES
    [ "$TEAMS_NOTIFICATIONS" = yes ] && scopes="$scopes,TeamsActivity.Send"
    run m365 entra approleassignment add --appId "$REMINDER_APP_ID" --resource 'Microsoft Graph' --scopes "$scopes"
    [ "$REMINDERS_LOG_STORE" = graph ] || run m365 entra approleassignment add --appId "$REMINDER_APP_ID" --resource 'Office 365 SharePoint Online' --scopes Sites.Selected
  else
    echo "REMINDER_APP_ID not set: skipping the reminder job (set it to the function app's managed identity client id)."
    return 0
  fi
  say "Sites.Selected (application, Graph and SharePoint): the reminder job may write to the programme site only"
  local granted; granted=$(query '[]' m365 spo site apppermission list --siteUrl "$SITE_URL" --appId "$REMINDER_APP_ID" --output json | json 'x ? x.length : 0')
  if [ "$granted" = "0" ]; then
    # fullcontrol: the hourly rights timer moves owners' item and folder permissions (docs/security.md).
    run m365 spo site apppermission add --siteUrl "$SITE_URL" --permission fullcontrol --appId "$REMINDER_APP_ID" --appDisplayName "$REMINDER_APP_NAME"
  fi
  cat <<EOF

Still to do by an Exchange administrator (Exchange Online PowerShell; docs/reminders.md):
  scope Mail.Send to the sender mailbox with Exchange RBAC for Applications
  (New-ServicePrincipal, New-ManagementScope, New-ManagementRoleAssignment -Role "Application Mail.Send").
Function app settings: REMINDERS_SITE_URL=$SITE_URL  AZURE_CLIENT_ID=$REMINDER_APP_ID  REMINDERS_AUTH=managed-identity  REMINDERS_LOG_STORE=$REMINDERS_LOG_STORE
EOF
}

ALL_STEPS=(login build catalog site install api provision groups seed rights teams reminders)
STEPS=("$@")
[ ${#STEPS[@]} -eq 0 ] && STEPS=("${ALL_STEPS[@]}")
for s in "${STEPS[@]}"; do
  case " ${ALL_STEPS[*]} " in
    *" $s "*) "step_$s" ;;
    *) echo "Unknown step \"$s\". Steps: ${ALL_STEPS[*]}" >&2; exit 1 ;;
  esac
done
say "Done. Check: docs/deploy.md, section 'After deployment'."
