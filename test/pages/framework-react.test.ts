import '../../src/index.js';
import { describeFrameworkHost } from '../framework-hosts/host-spec.js';
import { mountReactHost } from '../framework-hosts/react-host.js';

describeFrameworkHost('React 19', mountReactHost);
