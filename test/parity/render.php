<?php
/**
 * The PHP side of the fallback parity suite (test/parity/run.mjs): reads
 * the shared cases as JSON on stdin, writes each one's markup as the
 * shortcode writes it (jiha_widgets_normalize_attributes() and
 * jiha_widgets_render()) as a JSON list on stdout.
 *
 * @package JihaWidgets
 */

require __DIR__ . '/wp-stubs.php';
require __DIR__ . '/../../wordpress/jiha-widgets.php';

$cases = json_decode( (string) file_get_contents( 'php://stdin' ), true );
$out   = array();
foreach ( $cases as $case ) {
	// Each text, and the data between the shortcodes, as a post stores them: HTML, with & < > written as entities (the editors do so).
	$attributes = array( 'lang' => $case['lang'] );
	foreach ( $case['attributes'] as $name => $value ) {
		$attributes[ $name ] = is_string( $value ) ? htmlspecialchars( $value, ENT_NOQUOTES, 'UTF-8' ) : $value;
	}
	$content    = htmlspecialchars( $case['content'], ENT_NOQUOTES, 'UTF-8' );
	$out[]      = jiha_widgets_render( $case['widget'], jiha_widgets_normalize_attributes( $case['widget'], $attributes ), $content );
}
echo json_encode( $out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE );
