import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { connect } from './app/connection';

// The app owns the client: created once, for the page's lifetime.
connect()
  .then((connection) => bootstrapApplication(App, appConfig(connection)))
  .catch((e: unknown) => console.error(e));
