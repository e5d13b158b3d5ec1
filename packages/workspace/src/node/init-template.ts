import { JWT_REQUEST, OPTIONS } from '@wwe-kit/core/internal';

/**
 * The files `wwe-workspace init` writes: a commented `workspace.ini` in Workspace's own format and
 * the `workspace.seed.yaml` it names.
 *
 * @example
 * writeFileSync('workspace.ini', workspaceIniTemplate('http://localhost:5173/'));
 */
export function workspaceIniTemplate(appUrl = 'http://localhost:5173/'): string {
  const origin = new URL(appUrl).origin;
  return `; The simulated Workspace of wwe-kit, in Workspace's own INI format: what a Genesys
; administrator sets on the Workspace cluster application (Configuration Server / GAX / Agent
; Setup). wwe-workspace watches this file: save it and the open page applies it, no restart.
;   npx wwe-workspace            (reads ./workspace.ini)
;   npx wwe-workspace --config path/to/other.ini

[interaction-workspace]

; --- Views -------------------------------------------------------------------------------------
; Web extension views shown at Workspace level (one [Section] each, below), and views shown with
; the selected interaction (created when the agent selects its case).
workspace.web-content=MyApp
; interaction.web-content=MyAppCase

; --- Service Client API security ---------------------------------------------------------------
; Origins whose views may talk to Workspace. Empty: none (the app's requests get no answer at all).
; "*" accepts every origin. An origin may be followed by a request filter in parentheses:
;   https://crm.example.com (agent.*, voice.dial, interaction.getInteractions)
; Without a filter an origin may call every request except ${JWT_REQUEST} (name it in full:
; neither * nor auth.* includes it).
${OPTIONS.origins}=${origin}

; Requests per minute from one app, all requests together (0 = no limit), counted in fixed
; one-minute windows.
${OPTIONS.rateLimit}=0
; Requests per minute for one request name, e.g. at most 4 dials a minute:
; ${OPTIONS.rateLimit}.voice.dial=4
; Seconds a request type is then ignored (no answer at all; 0 = until the agent logs in again).
${OPTIONS.quarantineDelay}=30

; Attached-data (user data) keys apps may read in results and events, and write with
; interaction.setUserData / deleteUserData ("*" = every key).
${OPTIONS.readAllowed}=*
${OPTIONS.writeAllowed}=*

; Any other option here is answered by configuration.getOption, e.g.:
; my-app.greeting=Hello

[MyApp]
label=My app
; Field codes are substituted when the view is shown: $Agent.UserName$, $Agent.EmployeeId$,
; $Agent.FirstName$, $Agent.LastName$ (and, in interaction views, $Interaction.Id$,
; $Interaction.Type$, $Interaction.MainParty$, $Interaction.CaseId$).
url=${appUrl}
; wwe-kit's own key (Workspace documents no option name for it): tab, popup, background, hidden
mode=tab

; [MyAppCase]
; label=Case
; url=${new URL('case?id=$Interaction.Id$', appUrl).href}

; --- Simulated agent and data (wwe-kit's own section; Workspace ignores it) ---------------------
[wwe-kit]
agent.first-name=Ada
agent.last-name=Lovelace
agent.user-name=alovelace
agent.employee-id=1001
agent.email=ada.lovelace@example.com
; Media channels, the state at start, and the not-ready reasons (Name:action code).
media=voice,chat,email
initial-state=Ready
not-ready-reasons=Break:1511, Lunch:1512, Training:1513
; Interactions at start, the directory of consult/transfer targets and outbound campaigns:
seed=workspace.seed.yaml
`;
}

/**
 * The seed file `wwe-workspace init` writes beside `workspace.ini` (named by its `seed=` key).
 *
 * @example
 * writeFileSync('workspace.seed.yaml', workspaceSeedTemplate());
 */
export function workspaceSeedTemplate(): string {
  return `# Seed data of the simulated Workspace (JSON works too). Saved changes reload the page's
# config; the interactions below are created when the page is (re)loaded.

# Interactions the agent has when the page opens (type: voice, chat or email).
interactions:
  - type: voice
    ani: "5551234"
    userData:
      Segment: Gold
      AccountId: "AC-1001"

# The directory: consult, transfer and conference targets. With a directory, an unknown
# destination is refused as Workspace would; without one, any destination works.
targets:
  - { type: AGENT, destination: jsmith, name: John Smith }
  - { type: AGENT_GROUP, destination: Billing, name: Billing team }
  - { type: ROUTING_POINT, destination: "7001", name: Sales queue }
  - { type: CUSTOM_CONTACT, destination: "5559876", name: Supervisor line }

# Outbound campaigns and their preview records (outbound.* requests).
campaigns:
  - name: Renewals
    mode: PREVIEW
    records:
      - { handle: 1, phone: "5551000", fields: { FirstName: Ada, Product: Premium } }
      - { handle: 2, phone: "5551001", fields: { FirstName: Grace, Product: Basic } }
`;
}
