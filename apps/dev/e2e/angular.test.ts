import { angular } from './apps';
import { appSuite } from './flows';

// Served from its build (turbo runs the sample's build before this package's tests).
appSuite(angular);
