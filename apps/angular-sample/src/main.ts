import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component';
import { appConfig } from './app/app.config';
import { connect } from './app/connection';

bootstrapApplication(AppComponent, appConfig(connect())).catch((e: unknown) => console.error(e));
