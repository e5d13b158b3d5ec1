/**
 * The panel's styles, inside its shadow root (the app's styles and the panel's never meet). Colours
 * pass WCAG 2.1 AA contrast (4.5:1) on their backgrounds.
 */
export const STYLES = `
:host { all: initial; }
.root { position: fixed; z-index: 2147483000; font: 13px/1.4 system-ui, sans-serif; color: #1b1b1b; }
.bottom-right { right: 12px; bottom: 12px; } .bottom-left { left: 12px; bottom: 12px; }
.top-right { right: 12px; top: 12px; } .top-left { left: 12px; top: 12px; }
button, select, input { font: inherit; }
.toggle { background: #0b4f8a; color: #fff; border: 0; border-radius: 6px; padding: 6px 10px; cursor: pointer; }
.toggle:focus-visible, button:focus-visible, summary:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #c25700; outline-offset: 2px; }
.panel { position: absolute; bottom: 40px; right: 0; width: min(720px, 96vw); max-height: min(80vh, 720px); overflow: auto; background: #fff; border: 1px solid #6b6b6b; border-radius: 8px; padding: 8px 12px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.bottom-left .panel, .top-left .panel { right: auto; left: 0; }
.top-right .panel, .top-left .panel { bottom: auto; top: 40px; }
.panel[hidden] { display: none; }
header { display: flex; align-items: center; gap: 8px; justify-content: space-between; }
h2 { font-size: 15px; margin: 0; }
summary { cursor: pointer; font-weight: 600; padding: 4px 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 2px 6px; border-bottom: 1px solid #d0d0d0; vertical-align: top; }
th { font-weight: 600; }
code, pre { font: 12px/1.4 ui-monospace, monospace; white-space: pre-wrap; word-break: break-all; }
pre { margin: 4px 0; background: #f3f3f3; padding: 4px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 4px 0; }
dt { font-weight: 600; }
dd { margin: 0; }
.ok { color: #0a6b2a; } .error { color: #b00020; } .pending { color: #7a4d00; } .info { color: #4a4a4a; }
.failures { color: #b00020; }
.small { font-size: 12px; color: #4a4a4a; }
.row-actions button { background: #fff; border: 1px solid #6b6b6b; border-radius: 4px; padding: 0 6px; cursor: pointer; color: #1b1b1b; }
.line { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 6px 0; }
`;
