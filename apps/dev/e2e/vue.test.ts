import { vue } from './apps';
import { appSuite } from './flows';

appSuite(vue);
