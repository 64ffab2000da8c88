<?php
/**
 * JSON or CSV written between an opening and a closing shortcode (or in a
 * block's data field), printed as the element's inline
 * `<script type="application/json">` or `<script type="text/csv">` child.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The text an editor typed: WordPress adds paragraphs and line breaks to
 * post content (wpautop) and saves & as &amp; (kses) before a shortcode sees
 * it; both are undone here.
 */
function jiha_widgets_clean_content( $content ) {
	$text = (string) preg_replace( '#</?p>|<br\s*/?>#i', '', (string) $content );
	$text = html_entity_decode( $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	return trim( $text );
}

/**
 * What the content holds: format json (value decoded with objects kept as
 * objects, or null when invalid), csv, or none.
 */
function jiha_widgets_read_inline_data( $content ) {
	$text = jiha_widgets_clean_content( $content );
	if ( '' === $text ) {
		return array( 'format' => 'none' );
	}
	if ( '{' === $text[0] || '[' === $text[0] ) {
		$value = json_decode( $text );
		return array(
			'format' => 'json',
			'text'   => $text,
			'value'  => JSON_ERROR_NONE === json_last_error() ? $value : null,
		);
	}
	return array(
		'format' => 'csv',
		'text'   => $text,
		'rows'   => jiha_widgets_csv_rows( $text ),
	);
}

/**
 * The inline script. Valid JSON is re-encoded with every < > & as \u003C…,
 * so nothing in it can end the script; invalid JSON is kept (the element
 * then shows its invalid-json message) with < written as \u003c for the same
 * reason. CSV cannot be escaped that way: `</script` and `<!--` get a
 * backslash after their `<` (CSV values never need them).
 */
function jiha_widgets_data_script( array $data ) {
	if ( 'json' === $data['format'] ) {
		$json = null !== $data['value']
			? wp_json_encode( $data['value'], JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES )
			: str_replace( '<', '\u003c', $data['text'] );
		return '<script type="application/json">' . $json . '</script>';
	}
	if ( 'csv' === $data['format'] ) {
		$csv = (string) preg_replace( '#<(?=/script|!--)#i', '<\\', $data['text'] );
		return '<script type="text/csv">' . "\n" . $csv . "\n" . '</script>';
	}
	return '';
}

/** CSV (RFC 4180, quoted fields may hold newlines) as rows keyed by the first row's column names. */
function jiha_widgets_csv_rows( $text ) {
	$stream = fopen( 'php://temp', 'r+' );
	if ( false === $stream ) {
		return array();
	}
	fwrite( $stream, (string) preg_replace( '/^\xEF\xBB\xBF/', '', $text ) );
	rewind( $stream );
	$header = fgetcsv( $stream, 0, ',', '"', '' );
	$rows   = array();
	if ( is_array( $header ) ) {
		$header = array_map( 'strtolower', array_map( 'trim', array_map( 'strval', $header ) ) );
		while ( ( $cells = fgetcsv( $stream, 0, ',', '"', '' ) ) !== false ) {
			if ( array( null ) === $cells ) {
				continue;
			}
			$row = array();
			foreach ( $header as $index => $name ) {
				$row[ $name ] = isset( $cells[ $index ] ) ? (string) $cells[ $index ] : '';
			}
			$rows[] = $row;
		}
	}
	fclose( $stream );
	return $rows;
}
