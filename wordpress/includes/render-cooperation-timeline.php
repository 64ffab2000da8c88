<?php
/**
 * `<jiha-cooperation-timeline>`, its inline JSON or CSV, and its fallback as
 * src/fallback/cooperation-timeline.ts writes it (test/parity): the partners
 * as `<ul data-partners>`, the events as the `<ol>` the element also reads
 * as data (`<li data-category data-partners>`, the date as
 * `<time datetime>`, the title in `<strong>`, linked where the event has an
 * address, the summary). Data in the library's own format that the element
 * would refuse leaves the fallback empty.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The timeline's categories and the other names the element takes for them (src/components/cooperation-timeline/). */
function jiha_widgets_timeline_category( $value ) {
	if ( null === $value || '' === $value ) {
		return 'other';
	}
	if ( ! is_string( $value ) ) {
		return null;
	}
	$key        = strtolower( jiha_widgets_trim( $value ) );
	$categories = array( 'visit', 'agreement', 'certification', 'open-government', 'digital', 'geopark', 'other' );
	$synonyms   = array(
		'ogp'             => 'open-government',
		'open government' => 'open-government',
		'open-gov'        => 'open-government',
		'iso'             => 'certification',
		'cooperation'     => 'visit',
		'coopération'     => 'visit',
		'partnership'     => 'agreement',
		'convention'      => 'agreement',
		'geoparc'         => 'geopark',
		'numérique'       => 'digital',
	);
	if ( in_array( $key, $categories, true ) ) {
		return $key;
	}
	return isset( $synonyms[ $key ] ) ? $synonyms[ $key ] : 'other';
}

/** An id as the timeline reads it: a trimmed text or a number; '' when absent; null when neither. */
function jiha_widgets_timeline_id( $value ) {
	if ( null === $value || '' === $value ) {
		return '';
	}
	if ( is_int( $value ) || ( is_float( $value ) && is_finite( $value ) ) ) {
		return (string) $value;
	}
	return is_string( $value ) ? jiha_widgets_trim( $value ) : null;
}

/** A plain CSS colour (src/components/cooperation-timeline/colors.ts), or ''. */
function jiha_widgets_timeline_color( $value ) {
	if ( ! is_string( $value ) ) {
		return '';
	}
	$color = jiha_widgets_trim( $value );
	$plain = '/^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\(\s*[-0-9.%\s,\/a-z]*\)|[a-z]{3,20})$/i';
	return preg_match( $plain, $color ) && ! preg_match( '/url|var|expression|calc|attr/i', $color ) ? $color : '';
}

/** An event's date with its stated precision (`"precision": "month"` shows the month), or null when it is not a date. */
function jiha_widgets_timeline_date( $value, $precision ) {
	$date = is_string( $value ) ? jiha_widgets_iso_date( $value ) : null;
	if ( null === $date || null === $precision || '' === $precision ) {
		return $date;
	}
	$stated     = strtolower( jiha_widgets_trim( (string) $precision ) );
	$stated     = 'time' === $stated || 'datetime' === $stated ? 'minute' : $stated;
	$precisions = array( 'year', 'month', 'day', 'minute' );
	$wanted     = array_search( $stated, $precisions, true );
	if ( false === $wanted ) {
		return null;
	}
	if ( $wanted >= array_search( $date['precision'], $precisions, true ) || 'minute' === $date['precision'] ) {
		return $date;
	}
	return jiha_widgets_iso_date( substr( $date['iso'], 0, 'year' === $stated ? 4 : 7 ) );
}

/** One event of the library's own format, or null where the element would refuse it. */
function jiha_widgets_timeline_event( $event ) {
	if ( ! is_object( $event ) ) {
		return null;
	}
	$field     = function ( $name ) use ( $event ) {
		return isset( $event->$name ) ? $event->$name : null;
	};
	$start     = jiha_widgets_timeline_date( $field( 'date' ), $field( 'precision' ) );
	$end_value = $field( 'end' );
	$end       = null === $end_value || '' === $end_value ? '' : jiha_widgets_timeline_date( $end_value, null );
	$title     = jiha_widgets_place_text( $field( 'title' ) );
	$summary   = jiha_widgets_place_text( $field( 'summary' ) );
	$category  = jiha_widgets_timeline_category( $field( 'category' ) );
	$url       = $field( 'url' );
	$partners  = $field( 'partners' );
	$partners  = is_string( $partners ) ? preg_split( '/[\s,|]+/', $partners ) : ( null === $partners || '' === $partners ? array() : $partners );
	$certainty = null !== $field( 'certainty' ) ? $field( 'certainty' ) : $field( 'certain' );
	if ( null === $start || null === $end || null === $title || false === $title || false === $summary || null === $category
		|| ( null !== $url && ! is_string( $url ) ) || ! is_array( $partners ) || ( null !== $certainty && '' !== $certainty && ! is_string( $certainty ) && ! is_bool( $certainty ) )
		|| null === jiha_widgets_timeline_id( $field( 'id' ) ) ) {
		return null;
	}
	if ( '' !== $end && $end['time'] < $start['time'] ) {
		return null;
	}
	$ids = array();
	foreach ( $partners as $id ) {
		$id = jiha_widgets_timeline_id( $id );
		if ( null === $id ) {
			return null;
		}
		if ( '' !== $id && ! in_array( $id, $ids, true ) ) {
			$ids[] = $id;
		}
	}
	return array(
		'start'    => $start,
		'end'      => $end,
		'title'    => $title,
		'summary'  => $summary,
		'category' => $category,
		'partners' => $ids,
		'url'      => is_string( $url ) ? $url : '',
	);
}

/** Partners `{id, name, color}` of the library's own format, or null where the element would refuse them. */
function jiha_widgets_timeline_partners( $value ) {
	if ( null === $value ) {
		return array();
	}
	if ( ! is_array( $value ) ) {
		return null;
	}
	$partners = array();
	foreach ( $value as $partner ) {
		$id   = is_object( $partner ) ? jiha_widgets_timeline_id( isset( $partner->id ) ? $partner->id : null ) : null;
		$name = null !== $id ? jiha_widgets_place_text( isset( $partner->name ) ? $partner->name : null ) : false;
		if ( null === $id || '' === $id || false === $name ) {
			return null;
		}
		$partners[] = array(
			'id'    => $id,
			'name'  => null !== $name ? $name : $id,
			'color' => jiha_widgets_timeline_color( isset( $partner->color ) ? $partner->color : null ),
		);
	}
	return $partners;
}

/** The timeline (partners, events) the data holds as the element reads it, or null when it would refuse it. */
function jiha_widgets_timeline_model( array $data, $language ) {
	$events   = array();
	$partners = array();
	if ( 'json' === $data['format'] && is_object( $data['value'] ) && isset( $data['value']->events ) && is_array( $data['value']->events ) && array() !== $data['value']->events && is_object( $data['value']->events[0] ) && isset( $data['value']->events[0]->start_date ) ) {
		// TimelineJS: the start date's parts and the headline.
		foreach ( $data['value']->events as $event ) {
			$start = is_object( $event ) && isset( $event->start_date ) && is_object( $event->start_date ) ? $event->start_date : null;
			$date  = null !== $start && isset( $start->year ) ? sprintf( '%04d', (int) $start->year ) : '';
			$date .= '' !== $date && isset( $start->month ) ? sprintf( '-%02d', (int) $start->month ) : '';
			$date .= strlen( $date ) === 7 && isset( $start->day ) ? sprintf( '-%02d', (int) $start->day ) : '';
			$title = isset( $event->text ) && is_object( $event->text ) && isset( $event->text->headline ) ? wp_strip_all_tags( (string) $event->text->headline ) : '';
			$read  = jiha_widgets_timeline_event(
				(object) array(
					'date'  => $date,
					'title' => $title,
				)
			);
			if ( null !== $read ) {
				$events[] = $read;
			}
		}
	} elseif ( 'json' === $data['format'] ) {
		$value = $data['value'];
		$list  = is_array( $value ) ? $value : ( is_object( $value ) && isset( $value->events ) ? $value->events : null );
		if ( ! is_array( $list ) ) {
			return null;
		}
		foreach ( $list as $event ) {
			$read = jiha_widgets_timeline_event( $event );
			if ( null === $read ) {
				return null;
			}
			$events[] = $read;
		}
		$partners = jiha_widgets_timeline_partners( is_object( $value ) && isset( $value->partners ) ? $value->partners : null );
		if ( null === $partners ) {
			return null;
		}
	} elseif ( 'csv' === $data['format'] ) {
		// A row the element cannot read is left out, as it does.
		foreach ( $data['rows'] as $row ) {
			$title = jiha_widgets_pick_column( $row, 'title', $language );
			$read  = jiha_widgets_timeline_event(
				(object) array(
					'date'     => isset( $row['date'] ) ? $row['date'] : '',
					'end'      => isset( $row['end'] ) ? $row['end'] : '',
					'title'    => $title,
					'summary'  => jiha_widgets_pick_column( $row, 'summary', $language ),
					'category' => isset( $row['category'] ) ? $row['category'] : '',
					'partners' => isset( $row['partners'] ) ? str_replace( ';', ' ', $row['partners'] ) : '',
					'url'      => isset( $row['url'] ) ? trim( $row['url'] ) : '',
				)
			);
			if ( null !== $read ) {
				$events[] = $read;
			}
		}
	}
	// Events naming a partner the list does not define get one named by its id.
	$known = array_column( $partners, 'id' );
	foreach ( $events as $event ) {
		foreach ( $event['partners'] as $id ) {
			if ( ! in_array( $id, $known, true ) ) {
				$known[]    = $id;
				$partners[] = array(
					'id'    => $id,
					'name'  => $id,
					'color' => '',
				);
			}
		}
	}
	// Oldest first, as the element shows them by default; events of the same time keep their order (usort is stable only from PHP 8).
	foreach ( $events as $index => $event ) {
		$events[ $index ]['index'] = $index;
	}
	usort(
		$events,
		function ( $a, $b ) {
			return array( $a['start']['time'], $a['index'] ) <=> array( $b['start']['time'], $b['index'] );
		}
	);
	return array(
		'partners' => $partners,
		'events'   => $events,
	);
}

/** ` lang="…"` for a picked text that says its language. */
function jiha_widgets_lang_attribute( $picked ) {
	return null !== $picked && null !== $picked['lang'] ? ' lang="' . esc_attr( $picked['lang'] ) . '"' : '';
}

function jiha_widgets_timeline_fallback( array $timeline, $language ) {
	$html = '';
	if ( array() !== $timeline['partners'] ) {
		$html .= '<ul data-partners>';
		foreach ( $timeline['partners'] as $partner ) {
			$name  = jiha_widgets_pick_localized( $partner['name'], $language );
			$html .= '<li data-id="' . jiha_widgets_esc_data( $partner['id'] ) . '"'
				. ( '' !== $partner['color'] ? ' data-color="' . jiha_widgets_esc_data( $partner['color'] ) . '"' : '' )
				. jiha_widgets_lang_attribute( $name ) . '>' . jiha_widgets_esc_data( null !== $name ? $name['text'] : $partner['id'] ) . '</li>';
		}
		$html .= '</ul>';
	}
	$html .= '<ol>';
	foreach ( $timeline['events'] as $event ) {
		$title   = jiha_widgets_pick_localized( $event['title'], $language );
		$text    = jiha_widgets_esc_data( null !== $title ? $title['text'] : '' );
		$href    = jiha_widgets_esc_url( $event['url'] );
		$summary = null !== $event['summary'] ? jiha_widgets_pick_localized( $event['summary'], $language ) : null;
		$html   .= '<li data-category="' . esc_attr( $event['category'] ) . '"'
			. ( array() !== $event['partners'] ? ' data-partners="' . jiha_widgets_esc_data( implode( ' ', $event['partners'] ) ) . '"' : '' ) . '>'
			. jiha_widgets_time( $event['start']['iso'] ) . ( '' !== $event['end'] ? ' – ' . jiha_widgets_time( $event['end']['iso'] ) : '' ) . ':'
			. '<strong' . jiha_widgets_lang_attribute( $title ) . '>' . ( '' !== $href ? '<a href="' . $href . '">' . $text . '</a>' : $text ) . '</strong>'
			. ( null !== $summary ? '<p' . jiha_widgets_lang_attribute( $summary ) . '>' . jiha_widgets_esc_data( $summary['text'] ) . '</p>' : '' )
			. '</li>';
	}
	return $html . '</ol>';
}

function jiha_widgets_render_cooperation_timeline( array $attributes, $content = '', $wrapper = '' ) {
	$language = jiha_widgets_ui_language( $attributes['lang'] );
	$data     = jiha_widgets_read_inline_data( $content );
	$timeline = 'none' !== $data['format'] ? jiha_widgets_timeline_model( $data, $language ) : null;
	$fallback = null !== $timeline ? jiha_widgets_timeline_fallback( $timeline, $language ) : '';
	return jiha_widgets_open_tag( 'cooperation-timeline', $attributes, $wrapper ) . jiha_widgets_data_script( $data ) . $fallback . jiha_widgets_close_tag( 'cooperation-timeline' );
}
