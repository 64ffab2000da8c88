<?php
/**
 * The plugin's own strings: text domain jiha-widgets, files in languages/.
 * A site in fr_CA or ar_MA gets the fr or ar file (WordPress itself only
 * looks for the exact locale).
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The .mo file for a locale: the exact one, else the one of its language. */
function jiha_widgets_mo_file( $locale ) {
	$folder = JIHA_WIDGETS_DIR . '/languages/';
	$exact  = $folder . 'jiha-widgets-' . $locale . '.mo';
	if ( is_readable( $exact ) ) {
		return $exact;
	}
	$language = jiha_widgets_language_from_locale( $locale );
	$files    = array(
		'ar'  => 'jiha-widgets-ar.mo',
		'fr'  => 'jiha-widgets-fr_FR.mo',
		'zgh' => 'jiha-widgets-zgh.mo',
	);
	return isset( $files[ $language ] ) && is_readable( $folder . $files[ $language ] ) ? $folder . $files[ $language ] : '';
}

function jiha_widgets_load_textdomain() {
	$locale = function_exists( 'determine_locale' ) ? determine_locale() : get_locale();
	$file   = jiha_widgets_mo_file( $locale );
	if ( '' !== $file ) {
		load_textdomain( 'jiha-widgets', $file );
	}
}
add_action( 'init', 'jiha_widgets_load_textdomain', 1 );
