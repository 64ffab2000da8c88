<?php
/**
 * An address of the library's iframe embed (…/embed.html?widget=…) alone on
 * a line becomes the sandboxed iframe the snippet builder writes (form 2 in
 * src/builder/snippets.ts), with the resizer script. Only embed pages of the
 * bundled copy or of the library set in the settings are framed; others stay
 * links (filter jiha_widgets_embed_bases to add hosts).
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const JIHA_WIDGETS_EMBED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/**
 * Each widget the embed page serves, with its accessible name and its
 * height (px) before the resizer runs: the elements' own (@title,
 * @embed-height), the same list as the embed page's (widgets.generated.php).
 */
function jiha_widgets_embed_widgets() {
	$widgets = array();
	foreach ( jiha_widgets_generated_specs() as $widget => $spec ) {
		$widgets[ $widget ] = array( $spec['title'], $spec['embed_height'] );
	}
	return $widgets;
}

/** The folder of an allowed embed.html for this URL (without scheme), or ''. */
function jiha_widgets_embed_base( $url ) {
	$bases = apply_filters( 'jiha_widgets_embed_bases', array_unique( array( jiha_widgets_bundled_base(), jiha_widgets_library_base() ) ) );
	$bare  = preg_replace( '#^https?:#i', '', $url );
	foreach ( (array) $bases as $base ) {
		$base_bare = preg_replace( '#^https?:#i', '', (string) $base );
		if ( '' !== $base_bare && 0 === strpos( $bare, $base_bare . 'embed.html?' ) ) {
			return (string) $base;
		}
	}
	return '';
}

function jiha_widgets_embed_handler( $matches, $attr, $url ) {
	$base = jiha_widgets_embed_base( $url );
	$link = '<a href="' . esc_url( $url ) . '">' . esc_html( $url ) . '</a>';
	if ( '' === $base ) {
		return $link;
	}
	$query = array();
	wp_parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
	$widgets = jiha_widgets_embed_widgets();
	$widget  = isset( $query['widget'] ) && is_string( $query['widget'] ) ? $query['widget'] : '';
	if ( ! isset( $widgets[ $widget ] ) ) {
		return $link;
	}
	wp_enqueue_script( 'jiha-widgets-embed-resizer', $base . 'embed-resizer.js', array(), JIHA_WIDGETS_VERSION, true );
	return '<iframe src="' . esc_url( $url ) . '" title="' . esc_attr( $widgets[ $widget ][0] ) . '" loading="lazy" width="100%" height="' . (int) $widgets[ $widget ][1] . '" style="border:0;width:100%" sandbox="' . JIHA_WIDGETS_EMBED_SANDBOX . '" referrerpolicy="no-referrer"></iframe>';
}

function jiha_widgets_register_embed() {
	wp_embed_register_handler( 'jiha-widgets', '#^https?://[^\s"<>]+/embed\.html\?[^\s"<>]+$#i', 'jiha_widgets_embed_handler' );
}
add_action( 'init', 'jiha_widgets_register_embed' );
