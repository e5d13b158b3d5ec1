import { react } from './apps';
import { appSuite } from './flows';

appSuite(react);
