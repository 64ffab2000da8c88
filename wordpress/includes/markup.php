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

function jiha_widgets_link( $text, $url ) {
	$href = jiha_widgets_esc_url( $url );
	return '' === $href ? esc_html( $text ) : '<a href="' . $href . '">' . esc_html( $text ) . '</a>';
}

/** A Unix time for an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or date-time), or null. */
function jiha_widgets_timestamp( $value ) {
	$value = trim( (string) $value );
	if ( preg_match( '/^\d{4}$/', $value ) ) {
		$value .= '-01-01';
	} elseif ( preg_match( '/^\d{4}-\d{2}$/', $value ) ) {
		$value .= '-01';
	}
	if ( ! preg_match( '/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/', $value ) ) {
		return null;
	}
	$time = strtotime( $value );
	return false === $time ? null : $time;
}

/**
 * `<time datetime="…">` with the date in the site's words, at the value's
 * precision (a year stays a year); plain text when the value is no date.
 */
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
