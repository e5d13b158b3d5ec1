import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component';
import { appConfig } from './app/app.config';
import { connect } from './app/connection';

connect()
  .then((connection) => bootstrapApplication(AppComponent, appConfig(connection)))
  .catch((e: unknown) => console.error(e));
