<?php
/**
 * The localised values of docs/reference/data-sources.md: a string, or an object keyed by
 * language, read in the widget's language, then fr, ar, en, then any.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function jiha_widgets_pick_text( $value, $language ) {
	if ( is_string( $value ) || is_int( $value ) || is_float( $value ) ) {
		return (string) $value;
	}
	if ( is_object( $value ) ) {
		$value = get_object_vars( $value );
	}
	if ( ! is_array( $value ) ) {
		return '';
	}
	foreach ( array( $language, 'fr', 'ar', 'en' ) as $key ) {
		if ( isset( $value[ $key ] ) && is_string( $value[ $key ] ) && '' !== $value[ $key ] ) {
			return $value[ $key ];
		}
	}
	foreach ( $value as $text ) {
		if ( is_string( $text ) && '' !== $text ) {
			return $text;
		}
	}
	return '';
}

/** A CSV row's localised column: column_<lang>, then the plain column, then fr, ar, en, zgh. */
function jiha_widgets_pick_column( array $row, $column, $language ) {
	foreach ( array( $column . '_' . $language, $column, $column . '_fr', $column . '_ar', $column . '_en', $column . '_zgh' ) as $key ) {
		if ( isset( $row[ $key ] ) && '' !== trim( $row[ $key ] ) ) {
			return trim( $row[ $key ] );
		}
	}
	return '';
}
