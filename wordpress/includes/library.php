<?php
/**
 * The library's module: its address (the bundled copy in lib/, or the one set
 * in Settings → Jiha widgets), added once per page and only when a widget is
 * rendered. WordPress 6.5 and later print it as a script module; 6.1–6.4 get
 * a classic enqueued script whose tag is turned into type="module".
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const JIHA_WIDGETS_MODULE_HANDLE = 'jiha-widgets';

/** The address of the bundled copy's folder, ending with a slash. */
function jiha_widgets_bundled_base() {
	return plugins_url( 'lib/', JIHA_WIDGETS_FILE );
}

/** The address of jiha.js: the setting when one is saved, else the bundled copy. */
function jiha_widgets_library_url() {
	$settings = jiha_widgets_settings();
	return '' !== $settings['library_url'] ? $settings['library_url'] : jiha_widgets_bundled_base() . 'jiha.js';
}

/** The folder holding jiha.js and embed.html, ending with a slash. */
function jiha_widgets_library_base() {
	$url = jiha_widgets_library_url();
	return substr( $url, 0, strrpos( $url, '/' ) + 1 );
}

/** Adds the library to the page; calling it again does nothing. */
function jiha_widgets_enqueue_library() {
	static $enqueued = false;
	if ( $enqueued ) {
		return;
	}
	$enqueued = true;
	// No `?ver=` (version null): the library's lazy chunks import jiha.js by its
	// plain address, and the same file under a second address would be a second
	// copy of the library on the page (its strings and state apart).
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( JIHA_WIDGETS_MODULE_HANDLE, jiha_widgets_library_url(), array(), null );
		return;
	}
	wp_enqueue_script( JIHA_WIDGETS_MODULE_HANDLE, jiha_widgets_library_url(), array(), null, true );
}

/**
 * Before script modules (WordPress 6.5), the enqueued script's tag becomes a
 * module: the library's chunks are found through import.meta.url.
 */
function jiha_widgets_module_script_tag( $tag, $handle ) {
	if ( JIHA_WIDGETS_MODULE_HANDLE !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'jiha_widgets_module_script_tag', 10, 2 );
