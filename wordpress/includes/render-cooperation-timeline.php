<?php
/**
 * `<jiha-cooperation-timeline>`, its inline JSON or CSV, and its fallback:
 * the events as an `<ol>` of `<li><time datetime>…` (the same list the
 * element reads as data when nothing else is given).
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Events (date, title, url) from the library's JSON, TimelineJS JSON, or CSV. */
function jiha_widgets_timeline_events( array $data, $language ) {
	$events = array();
	if ( 'json' === $data['format'] && is_object( $data['value'] ) && isset( $data['value']->events ) && is_array( $data['value']->events ) ) {
		foreach ( $data['value']->events as $event ) {
			if ( ! is_object( $event ) ) {
				continue;
			}
			if ( isset( $event->start_date ) && is_object( $event->start_date ) ) {
				$start    = $event->start_date;
				$date     = isset( $start->year ) ? sprintf( '%04d', (int) $start->year ) : '';
				$date    .= '' !== $date && isset( $start->month ) ? sprintf( '-%02d', (int) $start->month ) : '';
				$date    .= strlen( $date ) === 7 && isset( $start->day ) ? sprintf( '-%02d', (int) $start->day ) : '';
				$headline = isset( $event->text ) && is_object( $event->text ) && isset( $event->text->headline ) ? wp_strip_all_tags( (string) $event->text->headline ) : '';
				$events[] = array(
					'date'  => $date,
					'title' => $headline,
					'url'   => '',
				);
				continue;
			}
			$events[] = array(
				'date'  => isset( $event->date ) && is_string( $event->date ) ? $event->date : '',
				'title' => isset( $event->title ) ? jiha_widgets_pick_text( $event->title, $language ) : '',
				'url'   => isset( $event->url ) && is_string( $event->url ) ? $event->url : '',
			);
		}
	} elseif ( 'csv' === $data['format'] ) {
		foreach ( $data['rows'] as $row ) {
			$events[] = array(
				'date'  => isset( $row['date'] ) ? trim( $row['date'] ) : '',
				'title' => jiha_widgets_pick_column( $row, 'title', $language ),
				'url'   => isset( $row['url'] ) ? trim( $row['url'] ) : '',
			);
		}
	}
	return array_values(
		array_filter(
			$events,
			function ( $event ) {
				return '' !== $event['date'] && '' !== $event['title'];
			}
		)
	);
}

function jiha_widgets_render_cooperation_timeline( array $attributes, $content = '', $wrapper = '' ) {
	$language = jiha_widgets_ui_language( $attributes['lang'] );
	$data     = jiha_widgets_read_inline_data( $content );
	$events   = jiha_widgets_timeline_events( $data, $language );
	usort(
		$events,
		function ( $a, $b ) {
			return strcmp( $a['date'], $b['date'] );
		}
	);
	$items = '';
	foreach ( $events as $event ) {
		$items .= '<li>' . jiha_widgets_time( $event['date'] ) . ' ' . jiha_widgets_link( $event['title'], $event['url'] ) . '</li>';
	}
	$fallback = '' !== $items ? '<ol>' . $items . '</ol>' : '';
	return jiha_widgets_open_tag( 'cooperation-timeline', $attributes, $wrapper ) . jiha_widgets_data_script( $data ) . $fallback . jiha_widgets_close_tag( 'cooperation-timeline' );
}
