<?php
/**
 * The plugin's one option: where the library is loaded from, the widgets'
 * default language, and the partner feeds (partner-feeds.php).
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const JIHA_WIDGETS_OPTION    = 'jiha_widgets_settings';
const JIHA_WIDGETS_LANGUAGES = array( 'ar', 'fr', 'en', 'zgh' );

/** The saved settings with their defaults: the bundled library, the language from the site locale. */
function jiha_widgets_settings() {
	$saved = get_option( JIHA_WIDGETS_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'library_url' => isset( $saved['library_url'] ) ? (string) $saved['library_url'] : '',
		'language'    => isset( $saved['language'] ) ? (string) $saved['language'] : '',
	);
}

/** A WordPress locale as one of the four UI languages: ar, ary → ar; fr_* → fr; zgh, tzm → zgh; else en. */
function jiha_widgets_language_from_locale( $locale ) {
	$primary = strtolower( (string) preg_replace( '/[_-].*$/', '', (string) $locale ) );
	if ( 'ar' === $primary || 'ary' === $primary ) {
		return 'ar';
	}
	if ( 'fr' === $primary ) {
		return 'fr';
	}
	if ( 'zgh' === $primary || 'tzm' === $primary || 'ber' === $primary ) {
		return 'zgh';
	}
	return 'en';
}

/** The widgets' language when a shortcode or block names none. */
function jiha_widgets_default_language() {
	$settings = jiha_widgets_settings();
	if ( in_array( $settings['language'], JIHA_WIDGETS_LANGUAGES, true ) ) {
		return $settings['language'];
	}
	return jiha_widgets_language_from_locale( get_locale() );
}

/** Keeps only known values: an http(s) URL for the library, one of the four languages. */
function jiha_widgets_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = array(
		'library_url' => '',
		'language'    => '',
	);
	if ( isset( $input['library_url'] ) ) {
		$url = trim( (string) $input['library_url'] );
		if ( '' !== $url ) {
			$safe = esc_url_raw( $url, array( 'http', 'https' ) );
			if ( '' === $safe ) {
				add_settings_error( JIHA_WIDGETS_OPTION, 'library_url', __( 'The library address must start with https:// or http://. The bundled copy is used.', 'jiha-widgets' ) );
			}
			$clean['library_url'] = $safe;
		}
	}
	if ( isset( $input['language'] ) && in_array( $input['language'], JIHA_WIDGETS_LANGUAGES, true ) ) {
		$clean['language'] = $input['language'];
	}
	return $clean + jiha_widgets_sanitize_partner_settings( $input );
}
