<?php
/**
 * The element's opening tag and small fallback pieces. Every value is
 * escaped here, when it is printed, by the kind its widget gives it.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** One attribute, escaped by kind; '' when its value is not allowed (a javascript: URL). */
function jiha_widgets_attribute( $name, $kind, $value ) {
	if ( 'bool' === $kind ) {
		return true === $value ? ' ' . $name : '';
	}
	$value = (string) $value;
	if ( 'dir' === $name && ! in_array( $value, array( 'ltr', 'rtl', 'auto' ), true ) ) {
		return '';
	}
	if ( 'url' === $kind ) {
		$escaped = jiha_widgets_esc_url( $value );
	} elseif ( 'urls' === $kind ) {
		$escaped = jiha_widgets_esc_urls( $value );
	} elseif ( 'image' === $kind ) {
		$escaped = jiha_widgets_esc_url( $value, true );
	} elseif ( 'tiles' === $kind ) {
		$escaped = jiha_widgets_esc_tiles( $value );
	} else {
		$escaped = esc_attr( $value );
	}
	return '' === $escaped ? '' : ' ' . $name . '="' . $escaped . '"';
}

/** `<jiha-… lang="…" …>` for a widget and its normalised attributes. */
function jiha_widgets_open_tag( $widget, array $attributes, $wrapper = '' ) {
	$specs = jiha_widgets_specs();
	$spec  = $specs[ $widget ];
	$html  = '<' . $spec['tag'];
	foreach ( $spec['attributes'] as $name => $kind ) {
		if ( array_key_exists( $name, $attributes ) ) {
			$html .= jiha_widgets_attribute( $name, $kind, $attributes[ $name ] );
		}
	}
	return $html . ( '' !== $wrapper ? ' ' . $wrapper : '' ) . '>';
}

function jiha_widgets_close_tag( $widget ) {
	$specs = jiha_widgets_specs();
	return '</' . $specs[ $widget ]['tag'] . '>';
}

/** A link when the address is allowed, else the text alone. */
/**
 * A text from inline data (JSON or CSV, which are not HTML) as HTML text:
 * every & < > " ' encoded, those of an entity too. esc_html() leaves an
 * entity alone, as it should for the texts of attributes, which a post
 * stores as HTML.
 */
function jiha_widgets_esc_data( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8' );
}

/** Trims as JavaScript's String.prototype.trim: Unicode spaces and line ends too. */
function jiha_widgets_trim( $text ) {
	// Not PCRE's \s, which takes U+180E for a space as JavaScript no longer does.
	$space   = '[\x{0009}-\x{000D}\x{0020}\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]';
	$trimmed = preg_replace( '/^' . $space . '+|' . $space . '+$/u', '', (string) $text );
	return null === $trimmed ? trim( (string) $text ) : $trimmed;
}

/**
 * A date as the elements read it (src/i18n/dates.ts): `YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD` (a real day) or an ISO 8601 date-time, with its precision,
 * its text for `<time datetime>` and its Unix time; null for anything else.
 */
function jiha_widgets_iso_date( $value ) {
	$iso = jiha_widgets_trim( (string) $value );
	if ( ! preg_match( '/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/', $iso, $match ) ) {
		return null;
	}
	$year  = (int) $match[1];
	$month = isset( $match[2] ) && '' !== $match[2] ? (int) $match[2] : 1;
	$day   = isset( $match[3] ) && '' !== $match[3] ? (int) $match[3] : 1;
	if ( ! checkdate( $month, $day, max( 1, $year ) ) ) {
		return null;
	}
	if ( $match[0] === $iso ) {
		return array(
			'iso'       => $iso,
			'time'      => gmmktime( 0, 0, 0, $month, $day, $year ),
			'precision' => isset( $match[3] ) && '' !== $match[3] ? 'day' : ( isset( $match[2] ) && '' !== $match[2] ? 'month' : 'year' ),
		);
	}
	$time = preg_match( '/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i', $iso ) ? strtotime( str_replace( ' ', 'T', $iso ) ) : false;
	return false === $time ? null : array(
		'iso'       => $iso,
		'time'      => $time,
		'precision' => 'minute',
	);
}

function jiha_widgets_link( $text, $url ) {
	$href = jiha_widgets_esc_url( $url );
	return '' === $href ? esc_html( $text ) : '<a href="' . $href . '">' . esc_html( $text ) . '</a>';
}

/** A Unix time for an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or date-time), or null. */
function jiha_widgets_timestamp( $value ) {
	$date = jiha_widgets_iso_date( $value );
	return null === $date ? null : $date['time'];
}

function jiha_widgets_time( $value ) {
	$value = trim( (string) $value );
	$time  = jiha_widgets_timestamp( $value );
	if ( null === $time ) {
		return esc_html( $value );
	}
	if ( preg_match( '/^\d{4}$/', $value ) ) {
		$shown = $value;
	} elseif ( preg_match( '/^\d{4}-\d{2}$/', $value ) ) {
		$shown = wp_date( 'F Y', $time, new DateTimeZone( 'UTC' ) );
	} else {
		$zone  = strlen( $value ) > 10 ? null : new DateTimeZone( 'UTC' );
		$shown = wp_date( get_option( 'date_format' ), $time, $zone );
	}
	return '<time datetime="' . esc_attr( $value ) . '">' . esc_html( (string) $shown ) . '</time>';
}

/** A heading level 2–6 from an attribute, else the default. */
function jiha_widgets_heading_level( $value, $default ) {
	$level = (int) $value;
	return $level >= 2 && $level <= 6 ? $level : $default;
}
