import '../../src/index.js';
import { describeFrameworkHost } from '../framework-hosts/host-spec.js';
import { mountVueHost } from '../framework-hosts/vue-host.js';

describeFrameworkHost('Vue 3', mountVueHost);
