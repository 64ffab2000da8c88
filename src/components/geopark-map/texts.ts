/** The geopark map's localised labels; call during render (inside `inLanguage`). */
import { msg } from '../../localize.js';
import type { GeoparkStatus } from './geoparks.js';

export function statusLabel(status: GeoparkStatus): string {
  switch (status) {
    case 'unesco-global-geopark':
      return msg('UNESCO Global Geopark', { id: 'geopark.status.unesco' });
    case 'aspiring':
      return msg('Aspiring UNESCO Global Geopark (not designated)', { id: 'geopark.status.aspiring' });
    case 'national':
      return msg('National geopark', { id: 'geopark.status.national' });
    case 'site':
      return msg('Geosite', { id: 'geopark.status.site' });
  }
}
