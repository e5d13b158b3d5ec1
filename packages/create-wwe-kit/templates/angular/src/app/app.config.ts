import { provideZonelessChangeDetection, type ApplicationConfig } from '@angular/core';
import { provideWorkspace } from '@wwe-kit/angular';
import { CONNECTION, type Connection } from './connection';

/** The application's providers for a connection (the tests use it too). */
export function appConfig(connection: Connection): ApplicationConfig {
  return {
    providers: [
      provideZonelessChangeDetection(),
      { provide: CONNECTION, useValue: connection },
      provideWorkspace(connection.client),
    ],
  };
}
