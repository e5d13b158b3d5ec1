// How the e2e flows drive each sample app: the same features, each app's own DOM.
import type { Locator } from 'playwright-core';
import type { SampleName } from '../scripts/servers.mjs';
import type { Scope } from './fixture';

export interface AppDriver {
  name: SampleName;
  agentState(app: Scope): Locator;
  interactionState(app: Scope): Locator;
  recordingState(app: Scope): Locator;
  setUserData(app: Scope, key: string, value: string): Promise<void>;
  userDataError(app: Scope): Locator;
  dial(app: Scope, destination: string): Promise<void>;
  dialError(app: Scope): Locator;
  /** The label of the first button of the toast the app raises. */
  toastButton: string;
  eventLog(app: Scope): Locator;
}

const fill = async (app: Scope, label: string, value: string) =>
  app.getByLabel(label, { exact: true }).fill(value);

/** Fills the app's Key and Value fields and presses its save button. */
const userDataForm =
  (button: string): AppDriver['setUserData'] =>
  async (app, key, value) => {
    await fill(app, 'Key', key);
    await fill(app, 'Value', value);
    await app.getByRole('button', { name: button, exact: true }).click();
  };

/** Fills the app's number field and presses its dial button. */
const dialForm =
  (label: string, button: string): AppDriver['dial'] =>
  async (app, destination) => {
    await fill(app, label, destination);
    await app.getByRole('button', { name: button, exact: true }).click();
  };

export const react: AppDriver = {
  name: 'react-sample',
  agentState: (app) => app.getByTestId('agent-state'),
  interactionState: (app) => app.getByTestId('interaction-state'),
  recordingState: (app) => app.getByTestId('recording-state'),
  setUserData: userDataForm('Save'),
  userDataError: (app) => app.getByRole('region', { name: 'Attached data' }).getByRole('alert'),
  dial: dialForm('Number', 'Call'),
  dialError: (app) => app.getByRole('region', { name: 'Dial' }).getByRole('alert'),
  toastButton: 'Open account',
  eventLog: (app) => app.getByRole('region', { name: 'Event log' }),
};

export const vue: AppDriver = {
  name: 'vue-sample',
  agentState: (app) => app.getByTestId('agent-state'),
  interactionState: (app) => app.getByTestId('state'),
  recordingState: (app) => app.getByTestId('recording'),
  setUserData: userDataForm('Save'),
  userDataError: (app) => app.getByTestId('user-data-error'),
  dial: dialForm('Number to dial', 'Dial'),
  dialError: (app) => app.getByTestId('dial-error'),
  toastButton: 'Accept',
  eventLog: (app) => app.getByTestId('event-log'),
};

export const angular: AppDriver = {
  name: 'angular-sample',
  agentState: (app) => app.getByTestId('agent-state'),
  interactionState: (app) => app.getByTestId('state'),
  recordingState: (app) => app.getByTestId('recording'),
  setUserData: userDataForm('Set'),
  userDataError: (app) => app.getByTestId('data-error'),
  dial: dialForm('Number', 'Dial'),
  dialError: (app) => app.locator('app-click-to-dial .error'),
  toastButton: 'Accept',
  eventLog: (app) => app.getByTestId('log'),
};
