/**
 * The rows table of the builder (the map's places, the timeline's events):
 * one labelled input per cell, and per row buttons to move it up or down
 * and to remove it, each named with its row so that a screen reader says
 * which; a button to add a row; and a box to paste cells from a
 * spreadsheet. Everything is reached with Tab and pressed with Enter.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localize.js';
import { ROW_COLUMNS, type Row, type RowsWidget } from './data-rows.js';

function columnLabel(column: string): string {
  switch (column) {
    case 'name':
      return msg('Name of the place', { id: 'builder.rows.name' });
    case 'lat':
      return msg('Latitude', { id: 'builder.rows.lat' });
    case 'lng':
      return msg('Longitude', { id: 'builder.rows.lng' });
    case 'date':
      return msg('Date', { id: 'builder.rows.date' });
    case 'title':
      return msg('Title', { id: 'builder.rows.title' });
    default:
      return msg('Category', { id: 'builder.rows.category' });
  }
}

export interface RowsTable {
  widget: RowsWidget;
  rows: readonly Row[];
  /** The new rows, and the id of the control to focus once they are drawn (a moved row's button). */
  onRows: (rows: Row[], focus?: string) => void;
  onPaste: (text: string) => void;
}

const moved = (rows: readonly Row[], from: number, to: number): Row[] => {
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row);
  return next;
};

export function renderRowsTable(table: RowsTable): TemplateResult {
  const columns = ROW_COLUMNS[table.widget];
  const caption =
    table.widget === 'geopark-map'
      ? msg('Places on the map', { id: 'builder.rows.places' })
      : msg('Events of the timeline', { id: 'builder.rows.events' });
  const hint =
    table.widget === 'geopark-map'
      ? msg('One place a row. Example: Géoparc du M’Goun, 31.5, -6.45. With no row, the map shows its own places.', {
          id: 'builder.rows.places-hint',
        })
      : msg(
          'One event a row; the date as 2014, 2024-05 or 2024-05-17. Example: 2024-05-17, Visite à Tanger, visit. With no row, the example events are shown.',
          {
            id: 'builder.rows.events-hint',
          },
        );
  const setCell = (index: number, column: number, value: string) =>
    table.onRows(
      table.rows.map((row, at) => (at === index ? row.map((cell, c) => (c === column ? value : cell)) : row)),
    );
  return html`<div class="rows">
    <p class="hint" id="rows-hint">${hint}</p>
    <div class="rows-scroll">
      <table aria-describedby="rows-hint">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            ${columns.map((column) => html`<th scope="col">${columnLabel(column)}</th>`)}
            <th scope="col"><span class="visually-hidden">${msg('Actions', { id: 'builder.rows.actions' })}</span></th>
          </tr>
        </thead>
        <tbody>
          ${table.rows.map((row, index) => {
            const n = index + 1;
            return html`<tr>
              <th scope="row">${n}</th>
              ${columns.map(
                (column, c) =>
                  html`<td>
                    <input
                      id=${`row-${index}-${column}`}
                      aria-label=${msg(str`${columnLabel(column)}, row ${n}`, { id: 'builder.rows.cell' })}
                      inputmode=${column === 'lat' || column === 'lng' ? 'decimal' : nothing}
                      dir=${column === 'title' || column === 'name' ? 'auto' : 'ltr'}
                      .value=${row[c] ?? ''}
                      @input=${(event: Event) => setCell(index, c, (event.target as HTMLInputElement).value)}
                    />
                  </td>`,
              )}
              <td class="row-actions">
                <button type="button" id=${`row-${index}-up`} ?disabled=${index === 0} @click=${() => table.onRows(moved(table.rows, index, index - 1), index - 1 === 0 ? 'row-0-down' : `row-${index - 1}-up`)}>
                  <span aria-hidden="true">↑</span><span class="visually-hidden">${msg(str`Move row ${n} up`, { id: 'builder.rows.up' })}</span>
                </button>
                <button type="button" id=${`row-${index}-down`} ?disabled=${index === table.rows.length - 1} @click=${() => table.onRows(moved(table.rows, index, index + 1), index + 1 === table.rows.length - 1 ? `row-${index + 1}-up` : `row-${index + 1}-down`)}>
                  <span aria-hidden="true">↓</span><span class="visually-hidden">${msg(str`Move row ${n} down`, { id: 'builder.rows.down' })}</span>
                </button>
                <button type="button" id=${`row-${index}-remove`} @click=${() =>
                  table.onRows(
                    table.rows.filter((_, at) => at !== index),
                    'row-add',
                  )}>
                  <span aria-hidden="true">✕</span><span class="visually-hidden">${msg(str`Remove row ${n}`, { id: 'builder.rows.remove' })}</span>
                </button>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <button type="button" id="row-add" @click=${() => table.onRows([...table.rows, columns.map(() => '')], `row-${table.rows.length}-${columns[0]}`)}>
      ${msg('Add a row', { id: 'builder.rows.add' })}
    </button>
    <div class="field">
      <label for="rows-paste">${msg('Paste from a spreadsheet', { id: 'builder.rows.paste' })}</label>
      <p class="hint" id="rows-paste-hint">
        ${msg('Copy the cells in your spreadsheet (or a CSV file) and paste them here: they replace the rows. A first line naming the columns is optional.', { id: 'builder.rows.paste-hint' })}
        <code>${columns.join(',')}</code>
      </p>
      <textarea id="rows-paste" rows="3" dir="ltr" aria-describedby="rows-paste-hint" @input=${(event: Event) => table.onPaste((event.target as HTMLTextAreaElement).value)}></textarea>
    </div>
  </div>`;
}
