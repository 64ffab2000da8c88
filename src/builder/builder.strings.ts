/** The builder's words, through msg() (ids `builder.*`); called while rendering, inside the builder's language. */
import { msg } from '../i18n/localize.js';
import type { Problem } from '../embed/validate.js';
import type { WidgetName } from '../embed/widgets.js';
import type { FieldGroup } from './field-groups.js';

export function widgetLabel(name: WidgetName): string {
  switch (name) {
    case 'news-card':
      return msg('News card', { id: 'builder.widget.news-card' });
    case 'iso-badge':
      return msg('ISO certification badge', { id: 'builder.widget.iso-badge' });
    case 'geopark-map':
      return msg('Geopark map', { id: 'builder.widget.geopark-map' });
    case 'cooperation-timeline':
      return msg('Cooperation timeline', { id: 'builder.widget.cooperation-timeline' });
    case 'news-list':
      return msg('News list (from a feed)', { id: 'builder.widget.news-list' });
  }
}

/** What is wrong with a value and how to write it. */
export function problemText(problem: Problem | 'base' | 'missing'): string {
  switch (problem) {
    case 'url':
      return msg('Enter an address starting with https://, http:// or mailto:, or a relative one.', {
        id: 'builder.problem.url',
      });
    case 'date':
      return msg('The date is not valid: use the calendar.', { id: 'builder.problem.date-picker' });
    case 'number':
      return msg('Enter a number in Western digits (0–9).', { id: 'builder.problem.number' });
    case 'range':
      return msg('This number is out of the allowed range.', { id: 'builder.problem.range' });
    case 'standard':
      return msg('Enter a standard number such as 9001, ISO 14001 or ISO 45001:2018.', {
        id: 'builder.problem.standard',
      });
    case 'choice':
    case 'boolean':
      return msg('Choose one of the values offered.', { id: 'builder.problem.choice' });
    case 'regions':
      return msg('Enter region ids separated by spaces, such as tanger-tetouan-al-hoceima or MA-01.', {
        id: 'builder.problem.regions',
      });
    case 'center':
      return msg('Enter latitude and longitude separated by a comma, such as 31.6,-6.5.', {
        id: 'builder.problem.center',
      });
    case 'tiles':
      return msg('Enter none, or an https:// tile address with {z}, {x} and {y}.', { id: 'builder.problem.tiles' });
    case 'json':
      return msg('This is not valid JSON: check quotes, commas and brackets.', { id: 'builder.problem.json' });
    case 'geojson':
      return msg('Expected a GeoJSON FeatureCollection whose features are Points, Polygons or MultiPolygons.', {
        id: 'builder.problem.geojson',
      });
    case 'csv':
      return msg('Paste CSV with a header line and at least one row; it must not contain </script or <!--.', {
        id: 'builder.problem.csv',
      });
    case 'missing':
      return msg('This field is needed: fill it in.', { id: 'builder.problem.missing' });
    case 'base':
      return msg('Enter the full address of the folder holding jiha.js, ending with /.', {
        id: 'builder.problem.base',
      });
  }
}

/** The legend of a group of questions. */
export function groupLegend(group: FieldGroup): string {
  switch (group) {
    case 'show':
      return msg('What to show', { id: 'builder.legend.show' });
    case 'source':
      return msg('Where it comes from', { id: 'builder.legend.source' });
    case 'look':
      return msg('How it looks', { id: 'builder.legend.look' });
  }
}
